// A story published as one self-contained HTML file: every step a figure (the
// graph drawn, and as a list) with its title, the author's caption as text,
// each cited claim with its verbatim quote, report and paragraph, then a
// bibliography of the reports cited. No network, no library, no workbench:
// a small script plays it (story-script.ts); print CSS lays the steps out as
// figures with captions. Sized by its frame, so it embeds in an iframe:
//   <iframe src="story.html" title="…" style="width:100%;aspect-ratio:16/10;border:0"></iframe>
import type { Clock } from '../../../contract/index.js';
import type { ResolvedClaim } from '../story/claims.js';
import { figureList, figureSvg, type FigureInput } from './story-figure.js';
import { STORY_CSS } from './story-css.js';
import { STORY_SCRIPT } from './story-script.js';
import { xmlEscape } from './graphml.js';
import { scriptJson } from './html.js';

export interface PublishedStep {
  id: string;
  title: string;
  caption: string;
  figure: FigureInput;
  claims: readonly ResolvedClaim[];
  /** Claims whose relationship is no longer in the graph. */
  goneClaims: readonly string[];
  /** Node ids the step's view names that the graph no longer has. */
  missing: readonly string[];
  replay?: {
    clock: Clock;
    from: string;
    to: string;
    speed: number;
    frames: readonly { date: string; at: number }[];
  };
}

export interface PublishInput {
  title: string;
  /** Where the data came from, under the title. */
  note: string;
  steps: readonly PublishedStep[];
  /** Formatted bibliography entries, one per report cited. */
  bibliography: readonly string[];
  styleName: string;
}

const CLOCK_WORDS = {
  happened: 'when things happened',
  reported: 'when a reader could first have known (the date first reported)',
};

function claimHtml(c: ResolvedClaim): string {
  const report = c.reports
    .map((r) =>
      [r.outlet, r.headline ? `“${r.headline}”` : null, r.date, r.id]
        .filter(Boolean)
        .map((x) => xmlEscape(String(x)))
        .join(', '),
    )
    .join('; ');
  const where = c.paragraph !== null ? `, paragraph ${c.paragraph}` : '';
  return `<li class="claim evidence-${xmlEscape(c.line.kind)}"><p class="sentence">${xmlEscape(c.sentence)}</p>${
    c.line.quote ? `<blockquote class="quote">“${xmlEscape(c.line.quote)}”</blockquote>` : ''
  }<p class="how">${xmlEscape(c.line.label)} · ${report}${xmlEscape(where)}</p></li>`;
}

function replayHtml(r: NonNullable<PublishedStep['replay']>): string {
  return `<div class="replay" data-replay="${xmlEscape(JSON.stringify({ from: r.from, to: r.to, frames: r.frames }))}"><p>A replay on the clock of ${xmlEscape(CLOCK_WORDS[r.clock])}, from ${xmlEscape(r.from)} to ${xmlEscape(r.to)}, ${r.speed} days a second. As of <output>${xmlEscape(r.to)}</output></p><button type="button" aria-pressed="false">Play the replay</button></div>`;
}

function stepHtml(s: PublishedStep, n: number, total: number): string {
  const missing = s.missing.length
    ? `<p class="missing" role="note">Not in the graph any more, so not shown: ${xmlEscape(s.missing.join(', '))}.</p>`
    : '';
  const gone = s.goneClaims.length
    ? `<p class="missing" role="note">${s.goneClaims.length} cited link${s.goneClaims.length === 1 ? ' is' : 's are'} no longer in the graph: ${xmlEscape(s.goneClaims.join(', '))}.</p>`
    : '';
  const caption = s.caption
    .split(/\n{2,}/)
    .map((p) => `<p>${xmlEscape(p)}</p>`)
    .join('');
  return `<section class="step" id="step-${xmlEscape(s.id)}" data-step="${xmlEscape(s.id)}" aria-labelledby="title-${xmlEscape(s.id)}">
<figure>
<div class="drawing">${figureSvg(s.figure, `The graph of step ${n}: ${s.title}`)}</div>
<figcaption><span class="step-no">Step ${n} of ${total}</span><h2 id="title-${xmlEscape(s.id)}">${xmlEscape(s.title)}</h2>${caption}${s.replay ? replayHtml(s.replay) : ''}${missing}</figcaption>
</figure>
<div class="side" tabindex="0" role="region" aria-label="Evidence and list for step ${n}">
${s.claims.length || gone ? `<h3>Evidence</h3><ul class="claims">${s.claims.map(claimHtml).join('')}</ul>${gone}` : ''}
<details class="as-list"><summary>The graph of this step as a list (${s.figure.graph.nodes.length} nodes)</summary>${figureList(s.figure)}</details>
</div>
</section>`;
}

export function storyHtml(p: PublishInput): string {
  const total = p.steps.length;
  const steps = total
    ? p.steps.map((s, i) => stepHtml(s, i + 1, total)).join('\n')
    : '<section class="step" data-step="empty"><h2>This story has no steps yet.</h2></section>';
  const bib = p.bibliography.map((b) => `<li>${xmlEscape(b)}</li>`).join('');
  return `<!doctype html>
<html lang="en" data-title="${xmlEscape(p.title)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${xmlEscape(p.title)}</title>
<style>${STORY_CSS}</style>
</head>
<body>
<header><h1>${xmlEscape(p.title)}</h1><p>${xmlEscape(p.note)}</p></header>
<main>
${steps}
</main>
<nav class="controls" aria-label="Story steps">
<button type="button" id="prev" aria-label="Previous step">←</button>
<progress id="progress" max="${Math.max(1, total)}" value="1" aria-label="Progress through the story"></progress>
<span id="count" aria-live="polite">Step 1 of ${total}</span>
<button type="button" id="next" aria-label="Next step">→</button>
<a id="permalink" href="#">Link to this step</a>
</nav>
<footer id="reports"><h2>Reports cited (${xmlEscape(p.styleName)})</h2>${bib ? `<ol class="bibliography">${bib}</ol>` : '<p>No report is cited.</p>'}<p class="keys">Keys: ← → to move, space to play a replay or go on, Escape to end a replay.</p></footer>
<script type="application/json" id="story-meta">${scriptJson({ steps: total })}</script>
<script>${STORY_SCRIPT}</script>
</body>
</html>
`;
}
