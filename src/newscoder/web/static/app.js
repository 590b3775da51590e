// newscoder web pages: small progressive enhancements. Everything works without this file.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  // Article page: hovering an actor mention (or an actor in the list) lights up all its mentions.
  var ids = function (el) { return (el.getAttribute("data-actor") || "").split(" ").filter(Boolean); };
  var lit = [];
  var clear = function () { lit.forEach(function (el) { el.classList.remove("lit"); }); lit = []; };
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-actor]") : null;
    clear();
    if (!el) { return; }
    ids(el).forEach(function (id) {
      document.querySelectorAll("[data-actor]").forEach(function (m) {
        if (ids(m).indexOf(id) >= 0) { m.classList.add("lit"); lit.push(m); }
      });
    });
  });

  // Forms: leave empty fields out of the query string, so URLs stay short and shareable.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (f) {
        if (f.name && f.value === "") { f.disabled = true; }
      });
    });
  });

  // After a click on a chart point or edge, the page lands on its events: mark the section.
  if (location.hash === "#period-events" || location.hash === "#edge-events") {
    var s = document.querySelector(location.hash);
    if (s) { s.classList.add("focus"); }
  }
});
