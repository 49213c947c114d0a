"""The fixed CSS and JavaScript every HTML page of policyalign inlines (no file, font or script is
fetched: a report opens the same offline, from a mail attachment or a file share).

The script only reads and toggles the page's own markup (``hidden``, ``checked``) and never turns
text into markup, so document text that survived ``html.escape`` stays inert. A page prints on A4 as
filtered, with a line naming the filter. Filter state lives
in the URL hash (``#f:types=deadline_later,unit_changed&only=1&q=培训``), so a copied link opens
the same view; a plain anchor (``#c-二/（一）``) leaves the filters as they are.

>>> "@media print" in CSS and "@page" in CSS
True
>>> "innerHTML" in FILTER_JS
False
"""
from __future__ import annotations

__all__ = ["CSS", "FILTER_JS", "page"]

# Chinese typography: a CJK font stack with the Noto/Source Han fonts Linux ships, a taller line
# height than Latin text needs, and no synthetic italics (CJK fonts have none).
CSS = """
:root{--line:#d9d9d9;--muted:#666;--accent:#1f5fae}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",
"WenQuanYi Micro Hei",sans-serif;margin:1.2em 1.5em;color:#222;line-height:1.75;font-size:15px;
text-spacing-trim:space-first;word-break:normal;line-break:strict}
h1{font-size:1.45em;line-height:1.4;margin:.3em 0}h2{font-size:1.15em;border-bottom:2px solid var(--line);
padding-bottom:.2em;margin-top:1.4em}h3{margin:.2em 0;font-size:1em}
em,i{font-style:normal}code{font-family:ui-monospace,monospace;font-size:.85em}
a{color:var(--accent)}:focus-visible{outline:3px solid #f0a000;outline-offset:2px}
.docs{display:flex;gap:1.2em;flex-wrap:wrap}.doc{flex:1;min-width:18em;border:1px solid var(--line);
border-radius:6px;padding:.4em .9em;background:#fafafa}
.doc dl{display:grid;grid-template-columns:5em 1fr;margin:0}.doc dt{color:var(--muted)}.doc dd{margin:0}
.share{font-size:1.6em;font-weight:bold;color:var(--accent)}.figures{display:flex;gap:2em;align-items:baseline}
.chain ol{display:flex;flex-wrap:wrap;gap:.3em;list-style:none;padding:0;margin:.3em 0}
.chain li+li:before{content:"→";margin-right:.3em;color:var(--muted)}.chain .here{font-weight:bold}
.patterns li{margin:.2em 0}
.filters{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:.4em 0;z-index:2;
display:flex;flex-wrap:wrap;gap:.4em 1em;align-items:center}
.filters label{white-space:nowrap;cursor:pointer}.filters input[type=search]{font:inherit;padding:.1em .4em;width:14em}
.filters .n{font-weight:bold;margin-left:.2em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:.4em .6em;
vertical-align:top;text-align:left}th{background:#f0f0f0;white-space:nowrap}table.pairs td{width:50%}table.counts{width:auto;min-width:24em}
tr.child-only td{background:#fbfbf4}tr[hidden]{display:none}
.clause{margin:.2em 0 .6em}.cid{font-weight:bold}.cid a{color:inherit;text-decoration:none}
.kind,.score,.obl{font-weight:normal;font-size:.8em;color:#555;border:1px solid #bbb;border-radius:3px;
padding:0 .3em;margin-left:.4em}.score{border-color:var(--accent);color:var(--accent)}
.text{margin:.2em 0;white-space:pre-wrap}.facts{font-size:.85em;color:#444}.facts span{margin-right:1em}
details.evidence{font-size:.85em;color:#555}details.evidence summary{cursor:pointer}
.none{color:#999}
mark{background:none;border-radius:2px;padding:0 1px;color:inherit}
mark.u{background:#dbe9ff}mark.d{background:#ffe2c2}mark.t{background:#d6f5d6}
mark.d.u,mark.t.u,mark.d.t{background:#eadcff}
ins{text-decoration:none;background:#c9f0c9;box-shadow:inset 0 -2px #2a2}
del{text-decoration:line-through #c33;background:#fbdada}
.badge{display:block;border-left:4px solid #999;background:#f6f6f6;margin:.3em 0;padding:.2em .5em;font-size:.9em}
.badge b{margin-right:.5em}.badge .vals{color:#555;font-size:.9em}
.b-deadline_later,.b-deadline_dropped,.b-target_weaker,.b-target_dropped,.b-obligation_weaker{border-color:#d33}
.b-deadline_earlier,.b-target_stronger,.b-obligation_stronger{border-color:#2a2}
.b-unit_changed{border-color:#36c}.b-missing_in_child{border-color:#a0a}.b-added_in_child{border-color:#888}
.printonly{display:none}.legend mark,.legend ins,.legend del{margin-right:1em}.tree .clause{border-left:2px solid #eee;padding-left:.6em}
.heat td.cell{width:1.6em;min-width:1.6em;padding:0;text-align:center}.heat td.cell a{display:block;
text-decoration:none;color:inherit;line-height:1.8}
.heat .implemented{background:#7cc47c}.heat .diverged{background:#f2b35c}.heat .missing{background:#e7e7e7}
.heat th.pm{writing-mode:vertical-rl;font-weight:normal;font-size:.8em;white-space:nowrap}
.heat tr.province th{background:#e8eef8;text-align:left}
@page{size:A4;margin:15mm 12mm}
@media print{body{margin:0;font-size:10.5pt;line-height:1.6}.filters,.noprint{display:none}
a{color:inherit;text-decoration:none}tr{break-inside:avoid}h2{break-after:avoid}
.printonly{display:block}details.evidence>*{display:block}.docs{display:block}.doc{margin-bottom:.5em}
mark,ins,del,.heat td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""

FILTER_JS = r"""
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-type]"));
  var only = document.getElementById("only-divergent");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var note = document.getElementById("view-note");
  if (!only || !search) { return; }
  function state() {
    return {types: boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.dataset.type; }),
            only: only.checked, q: search.value.trim()};
  }
  function apply(s) {
    var q = s.q.toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var types = (r.getAttribute("data-types") || "").split(" ").filter(Boolean);
      var ok = !s.types.length || types.some(function (t) { return s.types.indexOf(t) >= 0; });
      ok = ok && (!s.only || types.length > 0);
      ok = ok && (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) { n += 1; }
    });
    if (shown) { shown.textContent = String(n); }
    if (note) {   // printed pages carry the view they show, since the filter bar is not printed
      var parts = [];
      if (s.types.length) { parts.push("类型 " + s.types.join("、")); }
      if (s.only) { parts.push("只看有差异的行"); }
      if (s.q) { parts.push("搜索“" + s.q + "”"); }
      note.textContent = parts.length ? "筛选视图（" + parts.join("；") + "），显示 " + n + " 行" : "";
    }
  }
  function encode(s) {
    var p = new URLSearchParams();
    if (s.types.length) { p.set("types", s.types.join(",")); }
    if (s.only) { p.set("only", "1"); }
    if (s.q) { p.set("q", s.q); }
    var h = p.toString();
    return h ? "#f:" + h : "";
  }
  function fromHash() {
    if (location.hash && location.hash.indexOf("#f:") !== 0) { return; }  // an anchor, not a view
    var p = new URLSearchParams(location.hash.slice(3));
    var types = (p.get("types") || "").split(",");
    boxes.forEach(function (b) { b.checked = types.indexOf(b.dataset.type) >= 0; });
    only.checked = p.get("only") === "1";
    search.value = p.get("q") || "";
    apply(state());
  }
  function changed() {
    var s = state(), h = encode(s);
    apply(s);
    try { history.replaceState(null, "", h || location.pathname + location.search); }
    catch (e) { location.hash = h; }   // file:// pages where replaceState is refused
  }
  boxes.concat([only]).forEach(function (b) { b.addEventListener("change", changed); });
  search.addEventListener("input", changed);
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== search) { e.preventDefault(); search.focus(); }
    else if (e.key === "Escape" && document.activeElement === search) { search.value = ""; changed(); }
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
"""


def page(title: str, body: str, *, script: bool = False) -> str:
    """A whole HTML document around ``body`` (markup), ``title`` already escaped by the caller."""
    js = f"<script>{FILTER_JS}</script>" if script else ""
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title><style>{CSS}</style></head>\n<body>\n{body}\n{js}</body></html>\n")
