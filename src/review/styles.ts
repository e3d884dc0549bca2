/** The workbench's own styles, over the report's (served as /static/review.css). */
export const REVIEW_CSS = `
header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 18px; }
header.top p { flex: 1 1 auto; }
header.top a { color: #cfe3ff; }
header.top label.reviewer input { margin-left: 4px; width: 9em; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0 12px; }
table.data { border-collapse: collapse; width: 100%; background: #fff; }
table.data td, table.data th { border-bottom: 1px solid #e3e7ec; padding: 5px 8px; text-align: left; vertical-align: top; }
table.data td.n { text-align: right; }
td.file { color: #555; font-size: 12px; word-break: break-all; }
#queue tbody tr { cursor: pointer; }
#queue tbody tr:hover, #queue tbody tr.chosen, #queue tbody tr:focus { background: #e3edff; outline: none; }
.chip { display: inline-block; border-radius: 9px; padding: 0 7px; margin: 1px 3px 1px 0; font-size: 12px; background: #eef1f5; }
.chip.r-errors, .chip.r-unreadable { background: #fde8e8; color: var(--err); }
.chip.r-stale, .chip.r-ambiguous { background: #f3e5f5; color: #6a1b9a; }
.chip.r-lowConfidence, .chip.r-machineCorrected { background: #fff4d6; color: #8a6100; }
.status { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; border: 1px solid #bbb; }
.status.st-approved { background: #e8f5e9; border-color: var(--ok); color: var(--ok); }
.status.st-rejected { background: #fde8e8; border-color: var(--err); color: var(--err); }
.status.st-in-review { background: #fff4d6; border-color: var(--warn); }
.keys { font-size: 12px; color: #555; }
.review-cols .left { flex: 1 1 58%; }
.side { flex: 1 1 42%; position: sticky; top: 8px; max-height: 97vh; display: flex; flex-direction: column; gap: 8px; min-width: 0; }
.side .pages { overflow: auto; border: 1px solid #dde2e8; background: #fafafa; padding: 6px; flex: 1 1 auto; min-height: 200px; }
.inspector { background: #fff; border: 1px solid #dde2e8; border-radius: 6px; padding: 8px 12px; overflow: auto; max-height: 55vh; flex: 0 0 auto; }
.inspector h3 { margin: 0 0 4px; }
.inspector h4 { margin: 8px 0 2px; font-size: 13px; }
.inspector dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
.inspector dt { color: #555; }
.inspector dd { margin: 0; font-weight: 600; word-break: break-all; }
.inspector ul { margin: 0; padding-left: 18px; font-size: 13px; }
.inspector li.sev-error { color: var(--err); } .inspector li.sev-warning { color: #8a6100; }
.inspector form { margin: 8px 0; display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
.inspector form input { width: 12em; }
.hint { color: #555; }
.error { color: var(--err); font-weight: 600; }
.change { border-left: 4px solid var(--ok); background: #e8f5e9; padding: 4px 8px; margin-bottom: 6px; }
.change code { margin-right: 6px; }
.status-actions { margin-top: 8px; border-top: 1px solid #e3e7ec; padding-top: 6px; }
.status-actions input { width: 12em; }
svg.crop { width: 100%; max-height: 140px; background: #fff; border: 1px solid #ccc; }
rect.cropbox { fill: none; stroke: #ff6f00; stroke-width: 1.5; }
table.paper td.editable { cursor: pointer; }
table.paper td.editable:focus { outline: 2px solid #1e6fd0; outline-offset: -2px; }
table.paper td.selected { box-shadow: inset 0 0 0 3px #1e6fd0; }
rect.box.selected { stroke: #ff6f00; stroke-width: 2.5; fill: rgba(255,111,0,.15); }
.stale { border: 1px solid #ce93d8; background: #faf0fc; padding: 4px 10px; margin-bottom: 8px; }
.stale h3 { margin: 4px 0; color: #6a1b9a; }
`;
