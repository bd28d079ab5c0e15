/** The report page's style sheet, inlined into its `<style>` (the page loads nothing). @internal */
export const reportCss = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fafafa;
  margin: 0 auto; padding: 1.5rem 2rem 4rem; max-width: 1100px; }
h1 { margin: 0 0 0.25rem; font-size: 1.7rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 0 0 0.5rem; }
code, pre, .num { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 0.88em; }
pre { white-space: pre-wrap; word-break: break-all; background: #f0f0f0; padding: 0.5rem; border-radius: 4px; }
nav a { margin-right: 1rem; }
.summary { font-weight: 600; font-size: 1.1rem; padding: 0.4rem 0.8rem; border-radius: 4px; display: inline-block; }
.summary.ok { background: #e3f4e1; color: #1e5c1a; }
.summary.bad { background: #fbe2e2; color: #8a1212; }
figure { margin: 1.5rem 0; background: white; border: 1px solid #e2e2e2; border-radius: 6px; padding: 0.75rem; }
figure .plot svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 0.92rem; color: #333; margin-top: 0.5rem; }
table.verdicts, table.league { border-collapse: collapse; width: 100%; background: white; }
table.verdicts th, table.verdicts td, table.league th, table.league td { border: 1px solid #ddd; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
table.verdicts th, table.league th { background: #f0f0f0; }
table.verdicts tr.bad { background: #fdeaea; }
table.verdicts td.verdict { font-weight: 600; }
tr.ok td.verdict { color: #1e5c1a; }
tr.bad td.verdict { color: #8a1212; }
.statement { color: #555; font-size: 0.88rem; }
.error { color: #8a1212; }
article.counterexample { background: white; border: 1px solid #e2e2e2; border-radius: 6px; padding: 0.75rem 1rem;
  margin: 1rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
dd { margin: 0; }
table.matrix { border-collapse: collapse; border-left: 2px solid #444; border-right: 2px solid #444; }
table.matrix td { padding: 0 0.5rem; text-align: right; font-family: ui-monospace, "DejaVu Sans Mono", monospace;
  font-size: 0.85em; }
footer { margin-top: 3rem; color: #666; font-size: 0.85rem; }
`;
