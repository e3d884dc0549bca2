/** The report's stylesheet: print-like paper table, severity colours, sticky page pane, flash. */
export const STYLES = `
:root { --err: #c62828; --warn: #e0a000; --info: #1e6fd0; --ok: #2e7d32; --line: #9aa3ad; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; color: #1d232b; background: var(--bg); }
header.top { background: #1f3a5f; color: #fff; padding: 14px 24px; }
header.top h1 { margin: 0; font-size: 20px; }
header.top p { margin: 4px 0 0; opacity: .85; }
main { padding: 16px 24px 48px; }
h2 { font-size: 18px; margin: 24px 0 10px; }
h3 { font-size: 15px; margin: 16px 0 8px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { background: #fff; border: 1px solid #dde2e8; border-radius: 6px; padding: 10px 16px; min-width: 120px; }
.card b { display: block; font-size: 24px; }
.card.err b { color: var(--err); } .card.warn b { color: var(--warn); } .card.ok b { color: var(--ok); }
.charts { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 12px; }
figure.chart { background: #fff; border: 1px solid #dde2e8; border-radius: 6px; margin: 0; padding: 8px 12px; }
figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
.chart text { font-size: 12px; fill: #333; }
.bar rect { fill: #6b8fb8; }
.bar.g-优 rect, .bar.best rect { fill: #2e7d32; } .bar.g-良 rect, .bar.good rect { fill: #7cb342; }
.bar.g-中 rect, .bar.fair rect { fill: #f9a825; } .bar.g-差 rect, .bar.bad rect { fill: #c62828; }
.bar.poor rect { fill: #ef6c00; } .bar.over rect { fill: #8e24aa; } .bar.g-none rect { fill: #9e9e9e; }
table.data { border-collapse: collapse; background: #fff; margin: 6px 0; }
table.data th, table.data td { border: 1px solid #dde2e8; padding: 4px 8px; text-align: left; vertical-align: top; }
table.data th { background: #eef1f5; white-space: nowrap; }
table.data td.n { text-align: right; font-variant-numeric: tabular-nums; }
#forms-table thead th { cursor: pointer; user-select: none; }
#forms-table thead th[aria-sort=ascending]::after { content: " ▲"; }
#forms-table thead th[aria-sort=descending]::after { content: " ▼"; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.filters label { display: flex; gap: 4px; align-items: center; }
.chip { display: inline-block; padding: 0 6px; margin: 1px 2px; border-radius: 3px; font-size: 12px; background: #eef1f5; font-family: ui-monospace, monospace; }
.chip.sev-error { background: #fde8e8; color: var(--err); } .chip.sev-warning { background: #fff4d6; color: #8a6100; } .chip.sev-info { background: #e6f0fc; color: var(--info); }
.verdict-ok { color: var(--ok); font-weight: 600; } .verdict-bad { color: var(--err); font-weight: 600; }
section.doc { margin-top: 28px; border-top: 2px solid #c8d0da; }
section.form { background: #fff; border: 1px solid #dde2e8; border-radius: 6px; padding: 12px 16px; margin: 14px 0; }
section.form h3 { margin-top: 0; }
.meta { color: #555; margin: 0 0 8px; }
.cols { display: flex; gap: 16px; align-items: flex-start; }
.cols > .left { flex: 1 1 60%; min-width: 0; }
.cols > .pages { flex: 1 1 40%; position: sticky; top: 8px; max-height: 96vh; overflow: auto; border: 1px solid #dde2e8; background: #fafafa; padding: 6px; }
figure.page { margin: 0 0 10px; }
figure.page figcaption { font-size: 12px; color: #555; }
svg.pagesvg { width: 100%; height: auto; display: block; background: #fff; box-shadow: 0 0 3px rgba(0,0,0,.25); }
rect.blank { fill: #fff; }
rect.box { fill: rgba(30,111,208,.04); stroke: rgba(30,111,208,.45); stroke-width: .6; cursor: pointer; }
rect.box.sev-error { fill: rgba(198,40,40,.18); stroke: var(--err); stroke-width: 1.6; }
rect.box.sev-warning { fill: rgba(224,160,0,.2); stroke: var(--warn); stroke-width: 1.6; }
rect.box.sev-info { fill: rgba(30,111,208,.12); stroke: var(--info); stroke-width: 1.2; }
rect.box.lowconf { stroke-dasharray: 3 2; stroke: #8e24aa; stroke-width: 1.2; }
rect.mark { fill: none; stroke: #c2185b; stroke-dasharray: 6 3; stroke-width: 1.4; }
rect.mark-handwriting { stroke: #1565c0; }
text.boxtext { fill: #444; }
table.paper { border-collapse: collapse; width: 100%; font-size: 13px; }
table.paper caption { font-size: 16px; font-weight: 700; padding: 6px; }
table.paper td, table.paper th { border: 1px solid #333; padding: 3px 5px; vertical-align: middle; }
table.paper th { background: #f3f3f3; font-weight: 600; }
table.paper .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.paper .sev-error { background: #fde8e8; outline: 2px solid var(--err); outline-offset: -2px; }
table.paper .sev-warning { background: #fff4d6; outline: 2px solid var(--warn); outline-offset: -2px; }
table.paper .sev-info { background: #e6f0fc; outline: 1px solid var(--info); outline-offset: -1px; }
table.paper .lowconf { text-decoration: underline dashed #8e24aa; }
table.paper .unread { color: var(--err); font-style: italic; }
.note { display: block; font-size: 11px; color: #6a1b9a; font-style: normal; }
a.mark { display: block; font-size: 11px; text-decoration: none; white-space: normal; text-align: left; font-family: ui-monospace, monospace; }
a.mark.sev-error { color: var(--err); } a.mark.sev-warning { color: #8a6100; } a.mark.sev-info { color: var(--info); }
table.findings { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
table.findings td, table.findings th { border-bottom: 1px solid #e3e7ec; padding: 4px 6px; text-align: left; vertical-align: top; }
tr.finding { cursor: pointer; }
tr.finding:hover, tr.finding:focus { background: #f0f5ff; outline: none; }
tr.finding.chosen { background: #e3edff; }
.sev-label.sev-error { color: var(--err); font-weight: 700; } .sev-label.sev-warning { color: #8a6100; font-weight: 700; } .sev-label.sev-info { color: var(--info); }
.flash { animation: flash 0.5s ease-in-out 4; }
rect.flash { animation: flashbox 0.5s ease-in-out 4; }
@keyframes flash { 50% { background: #ffeb3b; box-shadow: 0 0 0 4px #ffeb3b; } }
@keyframes flashbox { 50% { fill: rgba(255,235,59,.85); stroke: #ff6f00; stroke-width: 3; } }
.legend { font-size: 12px; color: #555; }
.diag { color: #555; font-size: 13px; }
.svgdefs { position: absolute; width: 0; height: 0; overflow: hidden; }
[hidden] { display: none !important; }
@media (max-width: 1000px) { .cols { flex-direction: column; } .cols > .pages { position: static; max-height: none; width: 100%; } }
`;
