// The timeline's play control: moves the as-of date from the first event to
// the last on the chosen clock, at a chosen speed, so the graph grows as it
// did ("had happened") or as a reader could have learnt it ("had been
// reported"). The frames and the timer are story/replay.ts; this module only
// draws the control and the cursor, and writes the as-of date to the store
// (the page reloads the graph and the timeline on that, as for a date typed).
import { clockSpan, ReplayPlayer, replayFrames, type Dated } from '../../story/replay.js';
import { h } from '../dom.js';
import type { Explorer } from '../explorer.js';

const SVG = 'http://www.w3.org/2000/svg';

export function timelinePlayer(ctx: Explorer): HTMLElement {
  const button = h('button', { type: 'button', text: '▶ Play', 'aria-pressed': 'false' });
  const clock = h(
    'select',
    { 'aria-label': 'Replay on the clock of' },
    h('option', { value: 'happened', text: 'as it happened' }),
    h('option', { value: 'reported', text: 'as it was reported' }),
  );
  const speed = h(
    'select',
    { 'aria-label': 'Replay speed' },
    h('option', { value: '7', text: '1 week/s' }),
    h('option', { value: '30', text: '1 month/s' }),
    h('option', { value: '120', text: '4 months/s' }),
  );
  speed.value = '30';
  const now = h('output', { class: 'muted', 'aria-live': 'polite' });
  let player: ReplayPlayer | undefined;
  let all: Dated[] | undefined;

  const stop = () => {
    player?.pause();
    player = undefined;
    button.textContent = '▶ Play';
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (player) return stop();
    void (async () => {
      // Every event, whatever the as-of date now shown: the replay spans them all.
      if (!all) {
        const loaded = await ctx.api.timelineAll({});
        all = loaded.events;
        // Said, not hidden: a replay past the pages loaded would miss events.
        if (!loaded.complete) now.textContent = `the first ${all.length} events only`;
      }
      const c = clock.value === 'reported' ? 'reported' : 'happened';
      const span = clockSpan(all, c);
      if (!span) return;
      const frames = replayFrames(all, { clock: c, ...span, speed: Number(speed.value) }, 1200);
      button.textContent = '❚❚ Pause';
      button.setAttribute('aria-pressed', 'true');
      player = new ReplayPlayer(
        frames,
        (date) => {
          now.textContent = `as of ${date}`;
          ctx.store.update({ asOf: date, clock: c });
        },
        stop,
      );
      player.play();
    })().catch(stop);
  });
  return h('span', { class: 'row timeline-play' }, button, clock, speed, now);
}

/** The as-of date drawn on the timeline as a cursor (nothing when no date is set). */
export function asOfCursor(
  svg: SVGSVGElement,
  x: number | undefined,
  height: number,
  label: string,
): void {
  if (x === undefined) return;
  const line = document.createElementNS(SVG, 'line');
  for (const [k, v] of Object.entries({ x1: x, x2: x, y1: 0, y2: height, class: 'asof-cursor' }))
    line.setAttribute(k, String(v));
  line.setAttribute('stroke', 'currentColor');
  line.setAttribute('stroke-width', '2');
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  line.append(title);
  svg.append(line);
}
