// The published story's stylesheet: a frame-sized page (it embeds in an
// iframe of any size), the caption beside the graph when wide and under it
// when narrow, and print as a sequence of figures with captions on A4 or Letter.
export const STORY_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #4d5560; --line: #8a9099; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 15px/1.45 system-ui, sans-serif; color: var(--ink); background: #fff; display: flex; flex-direction: column; }
header { padding: 8px 14px; border-bottom: 1px solid #d0d4d9; }
header h1 { font-size: 18px; margin: 0; } header p { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
main { flex: 1; min-height: 0; overflow: auto; }
section.step { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 0 16px; padding: 8px 14px; }
.js section.step { height: 100%; }
.js section.step:not(.current) { display: none; }
@media (prefers-reduced-motion: no-preference) {
  .js section.step.current { animation: fade 0.45s ease-out; }
  [data-enters] { transition: opacity 0.35s; }
}
@keyframes fade { from { opacity: 0; } to { opacity: 1; } }
figure { margin: 0; display: flex; flex-direction: column; min-height: 0; }
.drawing { flex: 1; min-height: 200px; border: 1px solid #e1e4e8; border-radius: 4px; background: #fafbfc; }
.drawing svg { width: 100%; height: 100%; display: block; }
.js .drawing { min-height: 0; }
figcaption h2 { font-size: 17px; margin: 4px 0; }
figcaption p { margin: 4px 0; }
.step-no { color: var(--muted); font-size: 13px; }
.side { overflow: auto; min-height: 0; }
.side h3 { font-size: 15px; margin: 6px 0; }
.claims { list-style: none; padding: 0; margin: 0; }
.claim { border-left: 3px solid #2f6f4f; padding: 2px 8px; margin: 0 0 10px; }
.claim.evidence-inferred, .claim.evidence-background { border-left-style: dotted; border-left-color: #8a5a00; }
.claim .sentence { margin: 0; font-weight: 600; }
.quote { margin: 4px 0; font-style: italic; }
.how { margin: 0; color: var(--muted); font-size: 13px; }
.missing { color: #8a1c1c; }
.edge { stroke: var(--line); stroke-width: 1.6; }
.edge.dotted { stroke-dasharray: 3 4; }
.node text { font-size: 13px; text-anchor: middle; dominant-baseline: hanging; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.node .event { stroke: #333; stroke-width: 3; }
.node.dim { opacity: 0.28; } .node.dim text, .node.crowded text { display: none; }
.edge.dim { opacity: 0.25; }
.edge.cited { stroke: #1f2328; stroke-width: 3.2; }
.node.chosen > :not(text) { stroke: #1a56db; stroke-width: 4; }
.node.chosen text { font-weight: 700; font-size: 15px; }
.later { opacity: 0; }
li.later { display: none; }
.replay { margin: 6px 0; padding: 6px 8px; background: #f3f0ff; border-radius: 4px; }
.replay p { margin: 0 0 4px; }
.graph-list .kind { color: var(--muted); }
.controls { display: flex; align-items: center; gap: 10px; padding: 6px 14px; border-top: 1px solid #d0d4d9; }
.controls progress { flex: 1; height: 8px; }
button { font: inherit; padding: 4px 12px; border: 1px solid #5b636d; background: #fff; color: var(--ink); border-radius: 4px; cursor: pointer; }
button:disabled { color: #6b7280; border-color: #b8bdc4; cursor: default; }
:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
a { color: #0b57d0; }
footer { padding: 8px 14px; border-top: 1px solid #d0d4d9; font-size: 13px; }
footer h2 { font-size: 15px; margin: 4px 0; }
.js footer { max-height: 30vh; overflow: auto; }
@media (max-width: 720px) {
  /* A phone: the page scrolls, the graph above the caption, the controls kept at the foot. */
  html, body { height: auto; } body { display: block; }
  main { overflow: visible; }
  section.step { grid-template-columns: 1fr; }
  .js section.step { height: auto; }
  .controls { position: sticky; bottom: 0; background: #fff; z-index: 1; }
  .js footer { max-height: none; }
  .drawing { min-height: 40vh; }
  .side { overflow: visible; }
  .controls a { display: none; }
  /* The drawing is a third of its width here: only the step's own names, written large enough to read. */
  .node:not(.chosen) text { display: none; }
  .node.chosen text { font-size: 40px; stroke-width: 8px; }
}
@media print {
  @page { margin: 14mm; }
  html, body { height: auto; display: block; font-size: 11pt; }
  .controls, .replay button, .keys { display: none; }
  section.step, .js section.step:not(.current) { display: block; height: auto; break-after: page; }
  .js section.step, .js section.step.current { animation: none; }
  main { overflow: visible; }
  .drawing { height: 120mm; border: 1px solid #999; break-inside: avoid; }
  .later { opacity: 1; } li.later { display: list-item; }
  .side { overflow: visible; }
  /* The list is for screen readers; on paper the figure and its caption say it. */
  details.as-list { display: none; }
  .claim { break-inside: avoid; }
  footer { break-before: page; }
  .js footer { max-height: none; }
}
`;
