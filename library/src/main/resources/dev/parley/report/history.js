(function () {
  "use strict";
  function select(id) {
    document.querySelectorAll(".selected").forEach(function (e) { e.classList.remove("selected"); });
    document.querySelectorAll('[data-lineage="' + id + '"]').forEach(function (e) {
      e.classList.add("selected");
    });
    var s = document.getElementById("lineage-" + id);
    if (s) { s.classList.add("selected"); }
  }
  document.addEventListener("click", function (e) {
    var b = e.target.closest("[data-lineage]");
    if (b) { select(b.getAttribute("data-lineage")); }
  });
  window.addEventListener("hashchange", function () {
    var m = /^#lineage-(\d+)$/.exec(location.hash);
    if (m) { select(m[1]); }
  });
  var m = /^#lineage-(\d+)$/.exec(location.hash);
  if (m) { select(m[1]); }
  document.documentElement.setAttribute("data-ready", "true");
})();
