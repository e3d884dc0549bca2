/**
 * The page's only script, plain JS with no library: sorting and filtering the forms table
 * (filters also hide the forms' own sections), and choosing a finding — its cell in the paper
 * table and its box on the page picture are scrolled into view and flash. Reads everything from
 * data attributes, so no Document text is ever evaluated as code.
 */
export const CLIENT_JS = String.raw`(function () {
  "use strict";
  var $ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var table = document.getElementById("forms-table");
  var filters = $("select[data-filter]");
  function words(s) { return (s || "").split(" ").filter(Boolean); }
  function matches(row) {
    return filters.every(function (sel) {
      var v = sel.value, key = sel.getAttribute("data-filter");
      if (v === "") return true;
      var have = row.getAttribute("data-" + key) || "";
      return key === "rule" || key === "sev" ? words(have).indexOf(v) >= 0 : have === v;
    });
  }
  function applyFilters() {
    var shown = 0, rows = $("tbody tr", table);
    rows.forEach(function (row) {
      var ok = matches(row);
      row.hidden = !ok;
      if (ok) shown++;
      var section = document.getElementById(row.getAttribute("data-form"));
      if (section) section.hidden = !ok;
    });
    // A file whose forms are all filtered out is hidden with them (a file with no form stays).
    $("section.doc").forEach(function (doc) {
      var forms = $("section.form", doc);
      if (forms.length) doc.hidden = forms.every(function (f) { return f.hidden; });
    });
    var c = document.getElementById("shown-count");
    if (c) c.textContent = String(shown);
  }
  filters.forEach(function (s) { s.addEventListener("change", applyFilters); });

  function sortBy(th) {
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    $("th", table).forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) { var td = row.cells[index]; return td ? td.getAttribute("data-v") || td.textContent : ""; }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
      var c = !isNaN(nx) && !isNaN(ny) && String(nx) === x && String(ny) === y ? nx - ny : x.localeCompare(y, "zh");
      return c * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  $("thead th", table).forEach(function (th) {
    th.tabIndex = 0;
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter") sortBy(th); });
  });

  function flash(el) {
    el.classList.remove("flash");
    void el.getBoundingClientRect();
    el.classList.add("flash");
    setTimeout(function () { el.classList.remove("flash"); }, 2200);
  }
  function showBox(box) {
    var pane = box.closest(".pages");
    if (pane) {
      var b = box.getBoundingClientRect(), p = pane.getBoundingClientRect();
      pane.scrollTop += b.top - p.top - pane.clientHeight / 2 + b.height / 2;
    }
    flash(box);
  }
  function choose(item) {
    $(".chosen").forEach(function (e) { e.classList.remove("chosen"); });
    item.classList.add("chosen");
    var cell = document.getElementById(item.getAttribute("data-cell") || "");
    var box = document.getElementById(item.getAttribute("data-box") || "");
    if (cell) { cell.scrollIntoView({ block: "center", behavior: "auto" }); flash(cell); }
    if (box) showBox(box);
  }
  $(".finding").forEach(function (item) {
    item.addEventListener("click", function () { choose(item); });
    item.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(item); } });
  });
  // A mark in a cell leads to its finding in the list; a box on the page leads to its cell.
  $("a.mark").forEach(function (a) {
    a.addEventListener("click", function (e) {
      var f = document.getElementById(a.getAttribute("data-finding"));
      if (f) { e.preventDefault(); f.scrollIntoView({ block: "center" }); flash(f); f.focus(); }
    });
  });
  $("rect.box[data-cell]").forEach(function (r) {
    r.addEventListener("click", function () {
      var cell = document.getElementById(r.getAttribute("data-cell"));
      if (cell) { cell.scrollIntoView({ block: "center" }); flash(cell); }
      flash(r);
    });
  });
  applyFilters();
})();`;
