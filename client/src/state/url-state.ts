// What the URL holds, so a link reopens the same view: selection, expanded,
// hidden, pinned and moved nodes (with their places), filters, the "as of"
// date and clock, the layout, a workbench query, the style rules, the chain panel's event and the paths
// panel's two ends. Saved views store the same string.
//
// Versioned: `v=2` (written whenever anything is). A link without `v` is a
// version-1 link (the same keys, minus hidden nodes and pins) and reads the
// same way; a link from a newer version is read as far as possible and the
// reader is told what was not understood.
import { Clock } from '../../../contract/index.js';
import { isLayoutName, type LayoutName } from '../graph/layouts.js';
import {
  DEFAULT_RULES,
  parseColourRule,
  parseSizeRule,
  type ColourRule,
  type SizeRule,
} from '../graph/style-rules.js';

export type { Clock };

/** The right-hand panels, by tab id. */
export const PANELS = ['details', 'paths', 'chain', 'claims', 'export'] as const;
export type PanelName = (typeof PANELS)[number];

export function isPanelName(v: unknown): v is PanelName {
  return typeof v === 'string' && (PANELS as readonly string[]).includes(v);
}

export interface ViewState {
  /** The open panel on the right: a link opens on the panel it was copied from. */
  panel: PanelName;
  selected: string[];
  expanded: string[];
  /** Nodes hidden by hand (Delete, Hide, Focus). */
  hiddenNodes: string[];
  /** Nodes pinned in place. */
  pinned: string[];
  /**
   * Nodes a panel put on the canvas (the workbench's Add to canvas, a path, a
   * chain): a link brings them back with the relationships among them.
   */
  added: string[];
  /** Where pinned nodes stand (model coordinates, whole numbers): a link puts them back there. */
  pinnedAt: Record<string, { x: number; y: number }>;
  /** Where unpinned nodes the person dragged were let go (as `pinnedAt`). */
  movedAt: Record<string, { x: number; y: number }>;
  hiddenLabels: string[];
  hiddenTypes: string[];
  /** Only links a report states: those whose basis is the analyst's reading or background hide. */
  statedOnly: boolean;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  asOf?: string | undefined;
  clock: Clock;
  layout: LayoutName;
  query?: string | undefined;
  /** Style rules (graph/style-rules.ts); a link without them opens with today's look. */
  sizeBy: SizeRule;
  colourBy: ColourRule;
  caption?: string | undefined;
  /** The event whose causes and consequences the Chain panel shows. */
  chainEvent?: string | undefined;
  /** The two ends the Paths panel looks for paths between. */
  pathFrom?: string | undefined;
  pathTo?: string | undefined;
}

/**
 * The part of a view that names the loaded graph: what a link asks to be
 * loaded. The store does not keep these fields: it keeps the loaded graph
 * (state/graph-model.ts), and a link is written from it (`specOf`).
 */
export type GraphSpec = Pick<
  ViewState,
  'expanded' | 'hiddenNodes' | 'pinned' | 'pinnedAt' | 'movedAt' | 'added'
>;

const SPEC_KEYS = ['expanded', 'hiddenNodes', 'pinned', 'pinnedAt', 'movedAt', 'added'] as const;

export function emptySpec(): GraphSpec {
  return { expanded: [], hiddenNodes: [], pinned: [], pinnedAt: {}, movedAt: {}, added: [] };
}

/** The graph part of a view. */
export function graphSpec(v: GraphSpec): GraphSpec {
  return {
    expanded: v.expanded,
    hiddenNodes: v.hiddenNodes,
    pinned: v.pinned,
    pinnedAt: v.pinnedAt,
    movedAt: v.movedAt,
    added: v.added,
  };
}

/** A view without its graph part: what the store holds beside the loaded graph. */
export function withoutSpec<V extends GraphSpec>(v: V): Omit<V, keyof GraphSpec> {
  const rest: Partial<V> = { ...v };
  for (const k of SPEC_KEYS) delete rest[k];
  return rest as Omit<V, keyof GraphSpec>;
}

/**
 * The default view. Every optional field is named (as undefined), so that
 * spreading it over a state (Reset) clears the caption rule, the date range,
 * the as-of date and the query too, not only the fields that have a value.
 */
export function emptyState(): ViewState {
  return {
    panel: 'details',
    selected: [],
    expanded: [],
    hiddenNodes: [],
    pinned: [],
    pinnedAt: {},
    movedAt: {},
    added: [],
    hiddenLabels: [],
    hiddenTypes: [],
    statedOnly: false,
    clock: 'happened',
    layout: 'fcose',
    sizeBy: DEFAULT_RULES.sizeBy,
    colourBy: DEFAULT_RULES.colourBy,
    caption: undefined,
    dateFrom: undefined,
    dateTo: undefined,
    asOf: undefined,
    query: undefined,
    chainEvent: undefined,
    pathFrom: undefined,
    pathTo: undefined,
  };
}

export const URL_VERSION = 2;
const KEYS = new Set([
  'v',
  'sel',
  'exp',
  'hide',
  'pin',
  'at',
  'mv',
  'add',
  'hideLabels',
  'hideTypes',
  'stated',
  'from',
  'to',
  'asOf',
  'clock',
  'layout',
  'q',
  'size',
  'colour',
  'caption',
  'panel',
  'chain',
  'pathFrom',
  'pathTo',
]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Raw (still percent-encoded) values: list items are split before decoding, so ids may hold commas. */
function rawParams(search: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of search.split('&')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i), part.slice(i + 1).replace(/\+/g, '%20'));
  }
  return out;
}

function list(raw: Map<string, string>, key: string): string[] {
  const v = raw.get(key);
  if (!v) return [];
  return v
    .split(',')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

function date(p: URLSearchParams, key: string, problems: string[]): string | undefined {
  const v = p.get(key);
  if (v === null || v === '') return undefined;
  if (DATE.test(v) && !Number.isNaN(Date.parse(v))) return v;
  problems.push(`${key}=${v} (not a date like 2025-08-14)`);
  return undefined;
}

export interface Decoded {
  state: ViewState;
  /** What the link held that could not be read, in words for the person. */
  problems: string[];
}

/** `id~x~y` items (the id may hold "~": the place is the last two parts). */
function places(
  items: string[],
  problems: string[],
  key = 'at',
): Record<string, { x: number; y: number }> {
  const out: [string, { x: number; y: number }][] = [];
  for (const item of items) {
    const parts = item.split('~');
    const [x, y] = parts.slice(-2).map((v) => (v.trim() === '' ? NaN : Number(v)));
    const id = parts.slice(0, -2).join('~');
    if (id && Number.isFinite(x) && Number.isFinite(y)) out.push([id, { x: x!, y: y! }]);
    else problems.push(`${key}=${item} (not a place like country:india~120~-40)`);
  }
  // Own entries whatever the id ("__proto__" included).
  return Object.fromEntries(out);
}

/** Reads a query string (with or without "?"), saying what it had to leave out. */
export function readState(search: string): Decoded {
  const body = search.startsWith('?') ? search.slice(1) : search;
  const p = new URLSearchParams(body);
  const raw = rawParams(body);
  const problems: string[] = [];
  const v = p.get('v');
  if (v !== null && v !== '1' && v !== String(URL_VERSION))
    problems.push(`a link of version ${v} (this page reads versions 1 and ${URL_VERSION})`);
  for (const k of new Set(p.keys())) if (!KEYS.has(k)) problems.push(`the unknown setting "${k}"`);
  const s = emptyState();
  s.selected = list(raw, 'sel');
  s.expanded = list(raw, 'exp');
  s.hiddenNodes = list(raw, 'hide');
  s.pinned = list(raw, 'pin');
  s.pinnedAt = places(list(raw, 'at'), problems);
  s.movedAt = places(list(raw, 'mv'), problems, 'mv');
  s.added = list(raw, 'add');
  s.hiddenLabels = list(raw, 'hideLabels');
  s.hiddenTypes = list(raw, 'hideTypes');
  const stated = p.get('stated');
  if (stated === '1') s.statedOnly = true;
  else if (stated !== null && stated !== '0') problems.push(`stated=${stated} (use 1 or 0)`);
  s.dateFrom = date(p, 'from', problems);
  s.dateTo = date(p, 'to', problems);
  s.asOf = date(p, 'asOf', problems);
  const clock = p.get('clock');
  const readClock = Clock.safeParse(clock);
  if (readClock.success) s.clock = readClock.data;
  else if (clock !== null) problems.push(`clock=${clock} (use ${Clock.options.join(' or ')})`);
  const layout = p.get('layout');
  if (isLayoutName(layout)) s.layout = layout;
  else if (layout !== null) problems.push(`the unknown layout "${layout}"`);
  const q = p.get('q');
  if (q) s.query = q;
  const panel = p.get('panel');
  if (isPanelName(panel)) s.panel = panel;
  else if (panel !== null) problems.push(`the unknown panel "${panel}"`);
  readStyle(p, s, problems);
  // The panels' subjects: an id each, whatever it holds (it is looked up, never parsed).
  s.chainEvent = p.get('chain') || undefined;
  s.pathFrom = p.get('pathFrom') || undefined;
  s.pathTo = p.get('pathTo') || undefined;
  return { state: s, problems };
}

/** The style rules; a value this page does not know keeps the default look. */
function readStyle(p: URLSearchParams, s: ViewState, problems: string[]): void {
  const size = p.get('size');
  const sizeBy = size === null ? undefined : parseSizeRule(size);
  if (sizeBy) s.sizeBy = sizeBy;
  else if (size !== null) problems.push(`size=${size} (not a size rule; nodes keep one size)`);
  const colour = p.get('colour');
  const colourBy = colour === null ? undefined : parseColourRule(colour);
  if (colourBy) s.colourBy = colourBy;
  else if (colour !== null) problems.push(`colour=${colour} (not a colour rule; colours by kind)`);
  const caption = p.get('caption');
  if (caption) s.caption = caption;
}

/** Reads a query string; anything malformed falls back to defaults. */
export function decodeState(search: string): ViewState {
  return readState(search).state;
}

/** Writes only what differs from the defaults, so a plain landing has a plain URL. */
export function encodeState(s: ViewState): string {
  const parts: string[] = [];
  const p = { set: (k: string, v: string) => parts.push(`${k}=${encodeURIComponent(v)}`) };
  const put = (key: string, v: string[]) => {
    if (v.length) parts.push(`${key}=${v.map((x) => encodeURIComponent(x)).join(',')}`);
  };
  put('sel', s.selected);
  put('exp', s.expanded);
  put('hide', s.hiddenNodes);
  put('pin', s.pinned);
  put('add', s.added);
  const at = (m: Record<string, { x: number; y: number }>) =>
    Object.entries(m).map(([id, p]) => `${id}~${Math.round(p.x)}~${Math.round(p.y)}`);
  put('at', at(s.pinnedAt));
  put('mv', at(s.movedAt));
  put('hideLabels', s.hiddenLabels);
  put('hideTypes', s.hiddenTypes);
  if (s.statedOnly) p.set('stated', '1');
  if (s.dateFrom) p.set('from', s.dateFrom);
  if (s.dateTo) p.set('to', s.dateTo);
  if (s.asOf) p.set('asOf', s.asOf);
  if (s.clock !== 'happened') p.set('clock', s.clock);
  if (s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.query) p.set('q', s.query);
  if (s.sizeBy !== DEFAULT_RULES.sizeBy) p.set('size', s.sizeBy);
  if (s.colourBy !== DEFAULT_RULES.colourBy) p.set('colour', s.colourBy);
  if (s.caption) p.set('caption', s.caption);
  if (s.panel !== 'details') p.set('panel', s.panel);
  if (s.chainEvent) p.set('chain', s.chainEvent);
  if (s.pathFrom) p.set('pathFrom', s.pathFrom);
  if (s.pathTo) p.set('pathTo', s.pathTo);
  if (parts.length) parts.push(`v=${URL_VERSION}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** How many missing ids the restore note names; the rest are counted. */
export const NAMED_IDS = 5;

/**
 * What a link or saved view held that the page could not show, in one
 * sentence, or undefined when everything was restored: the parts the reader
 * did not understand, expansions that failed, and ids not in the graph.
 */
export function unrestoredText(
  unreadable: readonly string[],
  missing: readonly string[],
  failed: readonly string[] = [],
): string | undefined {
  const parts = [...unreadable];
  if (failed.length) parts.push(`expanding ${failed.join(', ')} failed (reload to try again)`);
  const ids = [...new Set(missing)];
  // A few ids by name, the rest counted: a link of 200 stale ids is one line, not a page.
  const named = ids.slice(0, NAMED_IDS).join(', ');
  const more = ids.length > NAMED_IDS ? ` and ${ids.length - NAMED_IDS} more` : '';
  if (ids.length)
    parts.push(
      `${ids.length} node${ids.length === 1 ? '' : 's'} not in the graph (${named}${more})`,
    );
  return parts.length ? `Some of this link could not be restored: ${parts.join('; ')}.` : undefined;
}
