/** The HTML report's stylesheet, inlined into the page: the report fetches nothing. */
export const HTML_STYLES = `
:root { --text: #1f2937; --muted: #6b7280; --line: #e5e7eb; --card: #ffffff; --page: #f6f7f9;
  --error: #b91c1c; --error-bg: #fee2e2; --warning: #92400e; --warning-bg: #fef3c7; --review: #1e40af; --review-bg: #dbeafe; --ok: #166534; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--text); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.top, main, footer { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
header.top { padding-top: 28px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
h3 { font-size: 15px; margin: 20px 0 8px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
h4 { font-size: 16px; margin: 0; font-weight: 600; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
a { color: #1d4ed8; }
.muted { color: var(--muted); }
.clean { color: var(--ok); }
.unknown { color: var(--muted); font-style: italic; }
.totals { list-style: none; display: flex; gap: 12px; padding: 0; margin: 16px 0 0; flex-wrap: wrap; }
.totals li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; }
.totals strong { font-size: 22px; margin-right: 4px; }
.totals .error strong { color: var(--error); } .totals .warning strong { color: var(--warning); } .totals .review strong { color: var(--review); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; background: var(--card); }
table.summary { width: 100%; border: 1px solid var(--line); border-radius: 8px; }
table.summary th, table.summary td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--line); vertical-align: top; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num.error { color: var(--error); font-weight: 700; } td.num.review { color: var(--review); font-weight: 700; } td.num.warning { color: var(--warning); font-weight: 700; }
article.context { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin: 0 0 20px; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
article.context > header { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }
table.choices th, table.choices td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; font-variant-numeric: tabular-nums; }
table.choices tbody th { color: var(--muted); font-weight: 500; white-space: nowrap; }
table.choices thead th { vertical-align: top; min-width: 168px; }
.kind { display: inline-block; color: #fff; font-size: 11px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; border-radius: 4px; padding: 1px 6px; }
.stage { margin: 8px 0 6px; padding: 18px 16px; border-radius: 8px; border: 1px solid var(--line); min-height: 72px; display: flex; align-items: center; justify-content: center; background: #fff; }
.stage[data-backdrop="unknown"] { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 8px, #f1f1f1 8px, #f1f1f1 16px); }
.mock { display: inline-block; border-radius: 6px; line-height: 1.25; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; max-width: 100%; overflow-wrap: anywhere; }
.element { display: block; color: var(--muted); font-size: 12px; font-weight: 400; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 1px solid rgba(0,0,0,.25); vertical-align: -2px; margin-right: 6px; }
.compare { display: flex; gap: 16px 28px; align-items: flex-start; }
.compare > .scroll { flex: 0 1 auto; max-width: 100%; }
figure.weights { margin: 0; flex: 1 1 360px; min-width: 300px; max-width: 480px; }
figure.weights svg.chart { width: 100%; }
@media (max-width: 900px) { .compare { flex-wrap: wrap; } }
.rules code { display: inline-block; white-space: nowrap; margin: 0 6px 2px 0; }
details.clean-contexts { margin-top: 8px; }
details.clean-contexts > summary { cursor: pointer; color: var(--muted); font-weight: 600; padding: 6px 0; }
figure.weights figcaption { color: var(--muted); font-size: 13px; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg.chart text { font-size: 12px; fill: #374151; }
svg.chart text.factor { font-weight: 600; fill: #111827; }
svg.chart text.value { fill: #111827; font-variant-numeric: tabular-nums; }
svg.chart rect.unknown { fill: none; stroke: #9ca3af; stroke-dasharray: 4 3; }
svg.chart text.unknown { fill: var(--muted); font-style: italic; }
svg.chart line.mark { stroke: #b91c1c; stroke-dasharray: 3 3; }
svg.chart text.mark { fill: #b91c1c; font-size: 10px; }
table.controls { margin-top: 12px; width: 100%; }
table.controls th, table.controls td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
.state-on { color: var(--error); font-weight: 700; }
ul.items { list-style: none; padding: 0; margin: 14px 0 0; }
li.item { padding: 8px 12px; border-left: 4px solid var(--line); background: #fafafa; margin-bottom: 6px; border-radius: 0 6px 6px 0; }
li.item.error { border-color: var(--error); } li.item.warning { border-color: #d97706; } li.item.review { border-color: #3b82f6; } li.item.notice { border-color: var(--muted); }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: 4px; padding: 1px 6px; }
.badge.error { background: var(--error-bg); color: var(--error); } .badge.warning { background: var(--warning-bg); color: var(--warning); }
.badge.review { background: var(--review-bg); color: var(--review); } .badge.notice { background: var(--line); color: var(--text); }
.where { display: block; font-size: 13px; color: var(--muted); margin-top: 2px; }
footer { padding-top: 24px; padding-bottom: 40px; font-size: 13px; }
@media print { body { background: #fff; } article.context { break-inside: avoid; box-shadow: none; } }
figure.shot { margin: 0 0 14px; }
.shot-frame { position: relative; display: inline-block; max-width: 100%; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; line-height: 0; }
.shot-frame img { display: block; max-width: 100%; height: auto; }
.shot-frame .outline { position: absolute; border: 3px solid; border-radius: 4px; box-shadow: 0 0 0 1px rgba(255,255,255,.8); }
figure.shot figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
figure.shot .key { border-bottom: 3px solid; padding: 0 2px; }
code.selector { color: var(--muted); word-break: break-all; }
`;
