(function () {
  "use strict";
  function clear() {
    document.querySelectorAll(".selected").forEach(function (e) { e.classList.remove("selected"); });
  }
  function band(para) {
    var row = para.closest(".row");
    if (!row || !row.id) { return null; }
    var n = row.id.replace(/^link-/, "").replace(/-to$/, "");
    return document.getElementById("band-" + n);
  }
  function select(para) {
    clear();
    para.classList.add("selected");
    var partners = (para.getAttribute("data-partner") || "").split(" ").filter(Boolean);
    var first = null;
    partners.forEach(function (id) {
      var p = document.getElementById(id);
      if (p) { p.classList.add("selected"); first = first || p; }
    });
    var b = band(para);
    if (b) { b.classList.add("selected"); }
    if (first) {
      var r = first.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight) {
        first.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }
  }
  document.addEventListener("click", function (e) {
    if (e.target.closest("a")) { return; }
    var p = e.target.closest(".para");
    if (p) { select(p); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && e.target.classList && e.target.classList.contains("para")) {
      select(e.target);
    }
  });
  window.addEventListener("hashchange", function () {
    var t = document.getElementById(location.hash.slice(1));
    if (t && t.classList.contains("para")) { select(t); }
  });
  var start = location.hash && document.getElementById(location.hash.slice(1));
  if (start && start.classList.contains("para")) { select(start); }
  document.documentElement.setAttribute("data-ready", "true");
})();
