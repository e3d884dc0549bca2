/**
 * The workbench's only script, served as /static/review.js (the CSP allows no other): the queue's
 * filters and keys, and on a form page choosing a value (its source, page crop, findings and
 * corrections in the inspector), editing it, saving, and setting the form's status. Document
 * text is only ever set as textContent, never parsed as markup. State-changing requests carry
 * the session cookie and the browser's own Origin header; the server checks both.
 */
export const REVIEW_JS = String.raw`(function () {
  "use strict";
  var $ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var byId = function (id) { return document.getElementById(id); };
  function typing(e) { var t = e.target; return t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA"); }
  function el(tag, text, cls) { var x = document.createElement(tag); if (text !== undefined && text !== null) x.textContent = String(text); if (cls) x.className = cls; return x; }

  // Who the records are by: remembered in this browser.
  var who = byId("reviewer");
  if (who) {
    who.value = localStorage.getItem("jixiao-reviewer") || "";
    who.addEventListener("change", function () { localStorage.setItem("jixiao-reviewer", who.value.trim()); });
  }
  function reviewer() { var v = who ? who.value.trim() : ""; return v ? { reviewer: v } : {}; }

  function post(url, body) {
    return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" })
      .then(function (r) { return r.json().catch(function () { return { error: r.statusText }; }).then(function (j) { if (!r.ok) throw new Error(j.error || r.statusText); return j; }); });
  }

  // ---- the queue ----
  var queue = byId("queue");
  if (queue) {
    var filters = $("select[data-filter]");
    var rows = $("tbody tr", queue);
    var cur = -1;
    function words(s) { return (s || "").split(" ").filter(Boolean); }
    function shown() { return rows.filter(function (r) { return !r.hidden; }); }
    function apply() {
      var n = 0;
      rows.forEach(function (row) {
        var ok = filters.every(function (sel) {
          var v = sel.value, key = sel.getAttribute("data-filter"), have = row.getAttribute("data-" + key) || "";
          return v === "" || (key === "rule" || key === "sev" ? words(have).indexOf(v) >= 0 : have === v);
        });
        row.hidden = !ok;
        if (ok) n++;
      });
      byId("shown-count").textContent = String(n);
    }
    filters.forEach(function (s) { s.addEventListener("change", apply); });
    function move(d) {
      var list = shown();
      if (!list.length) return;
      var at = list.indexOf(rows[cur]);
      var next = list[Math.max(0, Math.min(list.length - 1, at < 0 ? 0 : at + d))];
      rows.forEach(function (r) { r.classList.remove("chosen"); });
      next.classList.add("chosen");
      next.focus();
      cur = rows.indexOf(next);
    }
    rows.forEach(function (r, i) { r.addEventListener("click", function (e) { if (e.target.tagName !== "A") location.href = r.getAttribute("data-href"); }); r.addEventListener("focus", function () { cur = i; }); });
    document.addEventListener("keydown", function (e) {
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "j" || e.key === "ArrowDown") { e.preventDefault(); move(1); }
      else if (e.key === "k" || e.key === "ArrowUp") { e.preventDefault(); move(-1); }
      else if (e.key === "Enter" && rows[cur]) { location.href = rows[cur].getAttribute("data-href"); }
      else if (e.key === "/") { e.preventDefault(); if (filters[0]) filters[0].focus(); }
    });
    apply();
    return;
  }

  // ---- one form ----
  var dataEl = byId("form-data");
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var W = JSON.parse(byId("words").textContent);
  var base = "/api/forms/" + data.sha256 + "/" + data.form;
  var cellPath = {};
  Object.keys(data.fields).forEach(function (p) { cellPath[data.fields[p].cell] = p; });
  var selected = null;
  var findings = $("tr.finding");
  var fIndex = -1;

  // Every editable cell can be reached with Tab and chosen with a click.
  Object.keys(cellPath).forEach(function (id) {
    var c = byId(id);
    if (!c) return;
    c.tabIndex = 0;
    c.classList.add("editable");
    c.addEventListener("click", function (e) { if (e.target.tagName !== "A") select(cellPath[id]); });
    c.addEventListener("focus", function () { if (selected !== cellPath[id]) select(cellPath[id], true); });
  });
  findings.forEach(function (f, i) { f.addEventListener("click", function () { chooseFinding(i); }); });
  $("rect.box[data-cell]").forEach(function (r) { r.addEventListener("click", function () { var p = cellPath[r.getAttribute("data-cell")]; if (p) select(p); }); });

  function show(v) { return v === null || v === undefined || v === "" ? "—" : String(v); }

  function crop(path) {
    var s = data.sources[path];
    if (!s || !s.bbox || !s.page || !data.pageImage[s.page]) return null;
    var NS = "http://www.w3.org/2000/svg", m = 24, b = s.bbox;
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", [b[0] - m, b[1] - m, b[2] - b[0] + 2 * m, b[3] - b[1] + 2 * m].join(" "));
    svg.setAttribute("class", "crop");
    var use = document.createElementNS(NS, "use");
    use.setAttribute("href", "#" + data.pageImage[s.page]);
    var box = document.createElementNS(NS, "rect");
    box.setAttribute("x", b[0]); box.setAttribute("y", b[1]); box.setAttribute("width", b[2] - b[0]); box.setAttribute("height", b[3] - b[1]);
    box.setAttribute("class", "cropbox");
    svg.appendChild(use); svg.appendChild(box);
    return svg;
  }

  function select(path, fromFocus) {
    selected = path;
    var f = data.fields[path];
    $(".selected").forEach(function (x) { x.classList.remove("selected"); });
    var panel = byId("value-panel");
    panel.textContent = "";
    closeEdit();
    if (!f) { panel.appendChild(el("p", W.notEditable, "hint")); return; }
    var cell = byId(f.cell);
    if (cell) { cell.classList.add("selected"); if (!fromFocus) { cell.scrollIntoView({ block: "nearest" }); } }
    var box = $("rect.box[data-cell='" + f.cell + "']")[0];
    if (box) { box.classList.add("selected"); var pane = box.closest(".pages"); if (pane) { var bb = box.getBoundingClientRect(), pp = pane.getBoundingClientRect(); pane.scrollTop += bb.top - pp.top - pane.clientHeight / 2; } }
    panel.appendChild(el("h3", f.name));
    panel.lastChild.setAttribute("data-path", path);
    var dl = el("dl");
    function row(k, v, id) { dl.appendChild(el("dt", k)); var dd = el("dd", v); if (id) dd.id = id; dl.appendChild(dd); }
    row(W.value, show(f.value), "value-now");
    var s = data.sources[path];
    if (s) {
      row(W.asRead, s.text === "" ? "—" : s.text, "value-read");
      if (s.confidence !== undefined) row(W.confidence, Math.round(s.confidence * 100) + "%");
      if (s.page) row(W.place, W.page.replace("0", s.page) + (s.bbox ? " · [" + s.bbox.map(function (x) { return Math.round(x); }).join(", ") + "]" : ""));
      else if (s.line) row(W.place, W.line.replace("0", s.line));
      if (s.sheet) row(W.place, s.sheet + (s.cell ? "!" + s.cell : ""));
    }
    panel.appendChild(dl);
    var c = crop(path);
    if (c) { panel.appendChild(el("h4", W.pageCrop)); panel.appendChild(c); }
    panel.appendChild(el("h4", W.findingsHere));
    var here = findings.filter(function (r) { return r.getAttribute("data-cell") === f.cell; });
    var ul = el("ul", undefined, "here");
    here.forEach(function (r) { var li = el("li", r.cells[1].textContent + " · " + r.cells[5].textContent, "sev-" + r.getAttribute("data-sev")); ul.appendChild(li); });
    if (!here.length) ul.appendChild(el("li", W.noFindingsHere));
    panel.appendChild(ul);
    panel.appendChild(el("h4", W.history));
    var hist = el("ul", undefined, "history");
    data.history.filter(function (h) { return h.path === path; }).forEach(function (h) {
      hist.appendChild(el("li", h.at.replace("T", " ").slice(0, 19) + " · " + h.reviewer + " · " + show(h.from) + " → " + show(h.to) + (h.reason ? " · " + h.reason : "")));
    });
    if (!hist.children.length) hist.appendChild(el("li", W.noHistory));
    panel.appendChild(hist);
  }

  function chooseFinding(i) {
    if (!findings.length) return;
    fIndex = (i + findings.length) % findings.length;
    var f = findings[fIndex];
    findings.forEach(function (x) { x.classList.remove("chosen"); });
    f.classList.add("chosen");
    f.scrollIntoView({ block: "nearest" });
    var p = cellPath[f.getAttribute("data-cell")] || f.getAttribute("data-path");
    select(p);
  }

  var form = byId("edit"), to = byId("edit-to"), why = byId("edit-reason"), err = byId("edit-error");
  function openEdit() {
    if (!selected || !data.fields[selected]) return;
    var f = data.fields[selected];
    form.hidden = false;
    err.hidden = true;
    to.value = f.value === null ? "" : String(f.value);
    to.setAttribute("inputmode", f.kind === "text" ? "text" : "decimal");
    why.value = "";
    to.focus();
    to.select();
  }
  function closeEdit() { if (form) form.hidden = true; }
  function parseTo(f, text) {
    var t = text.trim();
    if (t === "") return null;
    if (f.kind === "text") return t;
    var n = Number(t.replace(/[,，\s]/g, "").replace(/%$/, ""));
    return isFinite(n) ? n : t;
  }
  function save() {
    var f = data.fields[selected];
    var body = Object.assign({ path: selected, to: parseTo(f, to.value), expect: f.value, reason: why.value.trim() || null }, reviewer());
    byId("edit-save").disabled = true;
    post(base + "/corrections", body).then(function (res) {
      sessionStorage.setItem("jixiao-change", JSON.stringify({ path: selected, change: res.change }));
      location.reload();
    }).catch(function (e) { err.textContent = e.message; err.hidden = false; byId("edit-save").disabled = false; to.focus(); });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); save(); });
  byId("edit-cancel").addEventListener("click", function () { closeEdit(); });
  form.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { e.preventDefault(); closeEdit(); var f = data.fields[selected]; if (f && byId(f.cell)) byId(f.cell).focus(); }
    else if (e.key === "Enter" && e.ctrlKey) { e.preventDefault(); save(); }
  });

  function setStatus(status) {
    var note = byId("status-note").value.trim();
    post(base + "/status", Object.assign({ status: status }, note ? { note: note } : {}, reviewer()))
      .then(function () { location.reload(); })
      .catch(function (e) { var x = byId("status-error"); x.textContent = e.message; x.hidden = false; });
  }
  $(".status-actions button[data-status]").forEach(function (b) { b.addEventListener("click", function () { setStatus(b.getAttribute("data-status")); }); });

  document.addEventListener("keydown", function (e) {
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    var k = e.key;
    if (k === "j") { e.preventDefault(); chooseFinding(fIndex + 1); }
    else if (k === "k") { e.preventDefault(); chooseFinding(fIndex - 1); }
    else if (k === "e" || k === "Enter") { if (selected) { e.preventDefault(); openEdit(); } }
    else if (k === "a") { e.preventDefault(); setStatus("approved"); }
    else if (k === "x") { e.preventDefault(); setStatus("rejected"); }
    else if (k === "]" && data.next) { location.href = data.next; }
    else if (k === "[" && data.prev) { location.href = data.prev; }
    else if (k === "q") { location.href = "/"; }
  });

  // What the last correction changed, shown once after the page came back.
  var last = sessionStorage.getItem("jixiao-change");
  if (last) {
    sessionStorage.removeItem("jixiao-change");
    var c = JSON.parse(last), box = byId("change");
    box.appendChild(el("strong", W.saved + " · " + W.changes));
    function list(title, xs, cls) {
      var p = el("p", title + ": ", cls);
      if (!xs.length) p.appendChild(el("span", W.none));
      xs.forEach(function (x) { p.appendChild(el("code", x.rule + " " + x.path)); p.appendChild(document.createTextNode(" ")); });
      box.appendChild(p);
    }
    list(W.resolved, c.change.resolved, "resolved");
    list(W.added, c.change.added, "added");
    box.hidden = false;
    if (data.fields[c.path]) { select(c.path); var cc = byId(data.fields[c.path].cell); if (cc) cc.focus(); }
  } else if (findings.length) {
    chooseFinding(0);
  }
})();`;
