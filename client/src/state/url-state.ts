// What the URL holds, so a link reopens the same view: selection, expanded
// nodes, filters, the "as of" date and clock, the layout and a workbench query.
import { isLayoutName, type LayoutName } from '../graph/layouts.js';

export type Clock = 'happened' | 'reported';

export interface ViewState {
  selected: string[];
  expanded: string[];
  hiddenLabels: string[];
  hiddenTypes: string[];
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  asOf?: string | undefined;
  clock: Clock;
  layout: LayoutName;
  query?: string | undefined;
}

export function emptyState(): ViewState {
  return {
    selected: [],
    expanded: [],
    hiddenLabels: [],
    hiddenTypes: [],
    clock: 'happened',
    layout: 'fcose',
  };
}

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

function date(p: URLSearchParams, key: string): string | undefined {
  const v = p.get(key);
  return v && DATE.test(v) ? v : undefined;
}

/** Reads a query string (with or without "?"); anything malformed falls back to defaults. */
export function decodeState(search: string): ViewState {
  const body = search.startsWith('?') ? search.slice(1) : search;
  const p = new URLSearchParams(body);
  const raw = rawParams(body);
  const s = emptyState();
  s.selected = list(raw, 'sel');
  s.expanded = list(raw, 'exp');
  s.hiddenLabels = list(raw, 'hideLabels');
  s.hiddenTypes = list(raw, 'hideTypes');
  s.dateFrom = date(p, 'from');
  s.dateTo = date(p, 'to');
  s.asOf = date(p, 'asOf');
  const clock = p.get('clock');
  if (clock === 'reported' || clock === 'happened') s.clock = clock;
  const layout = p.get('layout');
  if (isLayoutName(layout)) s.layout = layout;
  const q = p.get('q');
  if (q) s.query = q;
  return s;
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
  put('hideLabels', s.hiddenLabels);
  put('hideTypes', s.hiddenTypes);
  if (s.dateFrom) p.set('from', s.dateFrom);
  if (s.dateTo) p.set('to', s.dateTo);
  if (s.asOf) p.set('asOf', s.asOf);
  if (s.clock !== 'happened') p.set('clock', s.clock);
  if (s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.query) p.set('q', s.query);
  return parts.length ? `?${parts.join('&')}` : '';
}
