// Event chains: the causes and consequences of an event as a list in time
// order (ui/chain-list.ts), and on the main canvas left to right by date.
// Causal links ("led to", "prompted") are solid; sequence links ("came
// before") are dashed and can be switched off.
import { ChainQuery, type EventChain } from '../../../contract/index.js';
import { causesOnly, chainPlacement, chainWords } from '../graph/chain.js';
import type { LinkMarks } from './canvas.js';
import { chainItems } from './chain-list.js';
import type { Explorer } from './explorer.js';
import { clear, errorText, h } from './dom.js';
import { evidenceLineElement, linkEvidence } from './evidence-line.js';
import { defaultOf, readValue, unionSelect } from './form-read.js';
import type { Expander } from './expand.js';

/** The direction select's words, one per member of the contract's union. */
const DIRECTION_WORDS: Record<ChainQuery['direction'], string> = {
  both: 'Causes and consequences',
  causes: 'Causes only',
  consequences: 'Consequences only',
};

function chainControls() {
  const { depth } = ChainQuery.shape;
  return {
    title: h('h2', { text: 'Causes and consequences' }),
    direction: unionSelect('Direction', DIRECTION_WORDS, defaultOf(ChainQuery.shape.direction)),
    depth: h('input', {
      type: 'number',
      min: 1,
      max: depth.unwrap().maxValue ?? undefined,
      value: defaultOf(depth),
      'aria-label': 'Depth',
      style: 'width:4em',
    }),
    causalOnly: h('input', { type: 'checkbox', 'aria-label': 'Causal links only' }),
    list: h('ol', { class: 'chain-list', 'aria-label': 'The chain by date, earliest first' }),
    status: h('p', {
      class: 'muted',
      text: 'Pick an event (right-click → Causes and consequences, or select one and press Show).',
    }),
  };
}
type ChainControls = ReturnType<typeof chainControls>;

/** What the status line says of a chain shown. */
export function chainSummary(c: EventChain): string {
  const causal = c.links.filter((l) => l.kind === 'causal').length;
  return `${c.events.length} events by date, earliest first; ${causal} causal links (a report states the cause) and ${c.links.length - causal} sequence links (“came before”: order only). Lay out on the canvas for the drawing.`;
}

/** A chain into the panel: its title, its summary and its list. */
export function renderChain(
  d: Pick<ChainControls, 'title' | 'status' | 'list'>,
  c: EventChain,
  pick: (id: string) => void,
): void {
  const root = c.events.find((e) => e.id === c.root);
  d.title.textContent = `Chain of “${root?.name ?? c.root}”`;
  d.status.textContent = chainSummary(c);
  d.list.replaceChildren(...chainItems(c, { pick, incoming: (l) => linkLine(l, c) }));
}

function layOut(panel: HTMLElement, d: ChainControls, buttons: HTMLElement[]): void {
  const causal = h(
    'label',
    { title: 'Hide links that only say which came first (PRECEDED)' },
    d.causalOnly,
    ' causal links only',
  );
  panel.append(
    d.title,
    h(
      'div',
      { class: 'row' },
      d.direction,
      h('label', { text: 'Depth' }),
      d.depth,
      causal,
      ...buttons,
    ),
    d.status,
    d.list,
  );
}

export function setupChain(panel: HTMLElement, ctx: Explorer, expander: Expander) {
  const d = chainControls();
  let current: string | undefined;
  let last: EventChain | undefined;
  const button = (text: string, onclick: () => void, attrs: Record<string, string> = {}) =>
    h('button', { type: 'button', text, onclick, ...attrs });
  layOut(panel, d, [
    button('Show for selected', () => {
      const id = ctx.store.get().selected[0];
      // The same event again (say at a new depth) is shown anew.
      if (id) ctx.store.update({ chainEvent: id }, { again: ['chainEvent'] });
    }),
    button('Add to canvas', () => {
      if (last) expander.add('addChain', `chain:${last.root}`, last.graph);
    }),
    button('Lay out on the canvas', () => last && showOnCanvas(last), {
      id: 'chain-on-canvas',
      title: 'The chain on the main canvas, left to right by date',
    }),
  ]);
  /** The chain on the main canvas, by date; the canvas puts its legend line over it. */
  function showOnCanvas(c: EventChain): void {
    expander.add('addChain', `chain:${c.root}`, c.graph, false);
    ctx.canvas.showChain(chainPlacement(c).positions, linkMarks(c), c.root);
  }
  // The event is state (the context menu and Show for selected write it).
  ctx.store.subscribe(['chainEvent'], ({ chainEvent }) => {
    if (chainEvent) void show(chainEvent);
  });
  // A link names the event too: the chain it was copied with shows on opening.
  const opened = ctx.store.get().chainEvent;
  if (opened) queueMicrotask(() => void show(opened));
  d.direction.addEventListener('change', () => current && void show(current));
  d.causalOnly.addEventListener('change', () => current && void show(current));

  let loads = 0;
  async function show(id: string): Promise<void> {
    current = id;
    const load = ++loads;
    // Busy until the newest load ends: a chain can take seconds (a heavy request, queued).
    panel.setAttribute('aria-busy', 'true');
    d.status.textContent = 'Loading…';
    clear(d.list);
    try {
      const full = await ctx.api.chain(id, chainQuery(d), ctx.asOf());
      // Asked again meanwhile (another event, depth or direction): the newer answer is drawn.
      if (load !== loads) return;
      last = d.causalOnly.checked ? causesOnly(full) : full;
      renderChain(d, last, (picked) => void expander.reveal(picked).catch(() => undefined));
    } catch (e) {
      if (load !== loads) return;
      d.status.textContent = '';
      d.list.replaceChildren(h('li', { class: 'error', text: `No chain: ${errorText(e)}` }));
    } finally {
      if (load === loads) panel.setAttribute('aria-busy', 'false');
    }
  }
  return { show };
}

/** The controls read with the contract's schema of a chain request. */
export function chainQuery(d: Pick<ChainControls, 'direction' | 'depth'>) {
  return {
    direction: readValue(ChainQuery.shape.direction, d.direction.value),
    depth: readValue(ChainQuery.shape.depth, d.depth.value),
  };
}

/** One incoming link in words: "X led to this", then how the reports support it (evidence-line.ts). */
function linkLine(l: EventChain['links'][number], c: EventChain): HTMLElement {
  const from = c.events.find((x) => x.id === l.source)?.name ?? l.source;
  const evidence = linkEvidence(l);
  // A stated link's description is a note beside its quote; a non-stated one's is already in its line.
  const note = evidence.kind === 'stated' ? (l.description ?? l.note) : null;
  return h(
    'div',
    { class: `muted chain-link ${l.kind}` },
    h('div', { text: `${from} ${chainWords(l)} this` }),
    evidenceLineElement(evidence),
    note ? h('div', { class: 'note', text: `Note: ${note}` }) : null,
  );
}

/** Every link's words, and whether it is causal (solid) or a mere sequence (dashed). */
function linkMarks(c: EventChain): LinkMarks {
  return new Map(
    c.links.map((l) => [
      `${l.source}|${l.type}|${l.target}`,
      { kind: l.kind === 'sequence' ? 'sequence' : 'causal', words: chainWords(l) },
    ]),
  );
}
