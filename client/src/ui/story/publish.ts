// Publishing: each step is put on the canvas in turn (a replay step as of its
// last date), what is drawn is taken as the step's figure with its cited
// claims resolved now, and the reports cited become a Chicago bibliography.
// The page itself is written by export/story-html.ts, with no workbench code.
import type { Clock, Graph, SourceSummary } from '../../../../contract/index.js';
import { cslItems } from '../../export/citations.js';
import { formatted } from '../../export/cite.js';
import { storyHtml, type PublishedStep } from '../../export/story-html.js';
import type { ResolvedClaim } from '../../story/claims.js';
import { replayFrames, type Dated } from '../../story/replay.js';
import type { Story, StoryStep } from '../../story/story.js';
import { encodeState, readState } from '../../state/url-state.js';
import type { Explorer } from '../explorer.js';
import { stageStep, type StageActions } from './stage.js';

const day = (v: unknown) => (typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : undefined);

/** When each node and link enters the graph on a clock, as the as-of rule reads it. */
export function entersOn(graph: Graph, clock: Clock): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of graph.nodes) {
    const p = n.properties;
    const d = clock === 'reported' ? (day(p['firstReported']) ?? day(p['date'])) : day(p['date']);
    if (d) out[n.id] = d;
  }
  for (const e of graph.edges) {
    const ends = [out[e.source], out[e.target]].filter((x): x is string => x !== undefined);
    const own = clock === 'reported' ? day(e.properties['firstReported']) : undefined;
    const d = [own, ...ends]
      .filter((x): x is string => x !== undefined)
      .sort()
      .pop();
    if (d) out[e.id] = d;
  }
  return out;
}

/** The step's view as of a date on a clock (a replay is published at its end). */
function asOfView(step: StoryStep): string {
  if (!step.replay) return step.view;
  const s = readState(step.view).state;
  return encodeState({ ...s, asOf: step.replay.to, clock: step.replay.clock });
}

export interface PublishDeps {
  ctx: Explorer;
  actions: StageActions;
  claims(ids: readonly string[]): Promise<{ found: ResolvedClaim[]; gone: string[] }>;
  sources(): Promise<SourceSummary[]>;
  title: string;
}

async function publishStep(d: PublishDeps, step: StoryStep): Promise<PublishedStep> {
  const { canvas } = d.ctx;
  const missing = await stageStep(d.ctx, d.actions, { ...step, view: asOfView(step) });
  const graph = canvas.visibleGraph();
  const positions = Object.fromEntries(canvas.positions());
  const { found, gone } = await d.claims(step.claims);
  const r = step.replay;
  const enters = r ? entersOn(graph, r.clock) : undefined;
  const dated: Dated[] = Object.values(enters ?? {}).map((date) => ({ date, firstReported: date }));
  return {
    id: step.id,
    title: step.title,
    caption: step.caption,
    figure: {
      graph,
      positions,
      labelOrder: canvas.labelOrder,
      eventLabel: canvas.eventLabel,
      focus: readState(step.view).state.selected,
      cited: step.claims,
      ...(enters ? { enters } : {}),
    },
    claims: found,
    goneClaims: gone,
    missing,
    ...(r ? { replay: { ...r, frames: replayFrames(dated, r, 500) } } : {}),
  };
}

/** The story as one HTML page, with its size in bytes and the time it took. */
export async function publishStory(
  d: PublishDeps,
  story: Story,
): Promise<{ html: string; bytes: number; ms: number }> {
  const t0 = performance.now();
  const steps: PublishedStep[] = [];
  for (const step of story.steps) steps.push(await publishStep(d, step));
  const cited = new Set(steps.flatMap((s) => s.claims.flatMap((c) => c.reports.map((r) => r.id))));
  const items = cslItems(await d.sources(), cited);
  const bibliography = items.length
    ? formatted(items, 'chicago')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
  const html = storyHtml({
    title: story.name,
    note: `${d.title}. ${steps.length} steps, published ${new Date().toISOString().slice(0, 10)}. Every quotation is the report's own words.`,
    steps,
    bibliography,
    styleName: 'Chicago',
  });
  return { html, bytes: new TextEncoder().encode(html).length, ms: performance.now() - t0 };
}
