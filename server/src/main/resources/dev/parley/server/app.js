(function () {
  "use strict";

  // ---- the start page: dropping files, ordering versions ----

  document.querySelectorAll("fieldset.side").forEach(function (box) {
    var input = box.querySelector("input[type=file]");
    if (!input) { return; }
    box.addEventListener("dragover", function (e) { e.preventDefault(); box.classList.add("dragging"); });
    box.addEventListener("dragleave", function () { box.classList.remove("dragging"); });
    box.addEventListener("drop", function (e) {
      e.preventDefault();
      box.classList.remove("dragging");
      if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; }
    });
  });

  var versions = document.getElementById("versions-file");
  var list = document.getElementById("version-order");
  var order = document.getElementById("order");
  var picks = document.querySelector("select[name=version-path]");
  if (versions && list && order) {
    var names = [];
    var sequence = [];
    var write = function () {
      order.value = sequence.length ? sequence.join(",") : "";
      list.textContent = "";
      sequence.forEach(function (i, at) {
        var li = document.createElement("li");
        li.draggable = true;
        li.dataset.at = String(at);
        li.textContent = names[i];
        var up = document.createElement("button");
        up.type = "button";
        up.textContent = "↑";
        up.setAttribute("aria-label", "earlier");
        up.addEventListener("click", function () { move(at, at - 1); });
        var down = document.createElement("button");
        down.type = "button";
        down.textContent = "↓";
        down.setAttribute("aria-label", "later");
        down.addEventListener("click", function () { move(at, at + 1); });
        li.appendChild(up);
        li.appendChild(down);
        li.addEventListener("dragstart", function (e) { e.dataTransfer.setData("text/plain", String(at)); });
        li.addEventListener("dragover", function (e) { e.preventDefault(); li.classList.add("over"); });
        li.addEventListener("dragleave", function () { li.classList.remove("over"); });
        li.addEventListener("drop", function (e) {
          e.preventDefault();
          move(parseInt(e.dataTransfer.getData("text/plain"), 10), at);
        });
        list.appendChild(li);
      });
    };
    var move = function (from, to) {
      if (to < 0 || to >= sequence.length || from === to) { return; }
      var x = sequence.splice(from, 1)[0];
      sequence.splice(to, 0, x);
      write();
    };
    var refresh = function () {
      names = Array.prototype.map.call(versions.files, function (f) { return f.name; });
      if (picks) {
        Array.prototype.forEach.call(picks.selectedOptions, function (o) { names.push(o.value); });
      }
      sequence = names.map(function (_, i) { return i; });
      write();
    };
    versions.addEventListener("change", refresh);
    if (picks) { picks.addEventListener("change", refresh); }
  }

  // ---- a report: next and previous change, unchanged paragraphs folded ----

  var bar = document.querySelector("nav.chrome");
  var rows = Array.prototype.slice.call(document.querySelectorAll("main .row"));
  if (bar && rows.length && !document.body.classList.contains("app")) {
    var changed = rows.filter(function (r) {
      return !r.classList.contains("match") || r.querySelector("del, ins");
    });
    var at = -1;
    var go = function (step) {
      if (!changed.length) { return; }
      at = (at + step + changed.length) % changed.length;
      changed[at].scrollIntoView({ block: "center" });
      rows.forEach(function (r) { r.classList.remove("current"); });
      changed[at].classList.add("current");
    };
    var button = function (label, title, act) {
      var a = document.createElement("a");
      a.href = "#";
      a.textContent = label;
      a.title = title;
      a.addEventListener("click", function (e) { e.preventDefault(); act(a); });
      bar.appendChild(a);
      return a;
    };
    button("◀ change", "previous change (p)", function () { go(-1); });
    button("change ▶", "next change (n)", function () { go(1); });
    button("hide unchanged", "fold the paragraphs kept word for word", function (a) {
      var hide = a.textContent === "hide unchanged";
      rows.forEach(function (r) {
        if (changed.indexOf(r) < 0) { r.hidden = hide; }
      });
      a.textContent = hide ? "show unchanged" : "hide unchanged";
    });
    document.addEventListener("keydown", function (e) {
      if (e.target.closest && e.target.closest("input, textarea, select")) { return; }
      if (e.key === "n" || e.key === "j") { go(1); }
      if (e.key === "p" || e.key === "k") { go(-1); }
    });
  }
})();
