/** The report's only stylesheet, inlined in the page: screen and print (A4) without any external resource. */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1d2530; background: #fff; margin: 0 auto; max-width: 880px; padding: 24px; }
header { border-bottom: 2px solid #1d2530; margin-bottom: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #dfe3e8; padding-bottom: 4px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 12px; font-size: 12px; }
dl.provenance dt { color: #5b6673; }
dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
.pii { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
.pii.masked { background: #e3f1e8; color: #1f6b3d; }
.pii.included { background: #fbe3e1; color: #9b231a; }
.figures { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0; }
.figure { flex: 1 1 150px; border: 1px solid #dfe3e8; border-radius: 6px; padding: 8px 10px; }
.figure .label { color: #5b6673; font-size: 12px; }
.figure .value { font-size: 20px; font-weight: 600; }
.figure .change { color: #5b6673; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 12px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #eceff3; vertical-align: top; overflow-wrap: break-word; white-space: pre-line; }
th { background: #f4f6f8; font-weight: 600; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.good { color: #1f6b3d; }
.bad { color: #b3261e; font-weight: 600; }
td.empty { color: #5b6673; font-style: italic; }
figure.chart { margin: 8px 0; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption, p.note { color: #5b6673; font-size: 12px; }
footer { margin-top: 28px; color: #5b6673; font-size: 11px; border-top: 1px solid #dfe3e8; padding-top: 6px; }
@page { size: A4; margin: 14mm; }
@media print {
  body { padding: 0; max-width: none; }
  figure, tr, .figures { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;
