/**
 * The graph's own vocabulary marked in a report: each name and alias of a
 * node, found whatever its case, in the singular or plural, in British or
 * American spelling (licence, license), or a letter off in a longer word
 * (Jaishanker). Acronyms (MEA, ET) match only as written. The longest name
 * wins where two would overlap.
 */
import type { NameSpan } from '../../contract/reports.js';

export interface VocabularyEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  label: string;
}

export type NameMatch = NameSpan;

interface Token {
  raw: string;
  canon: string;
  start: number;
  end: number;
}

interface Name {
  tokens: string[];
  acronym: string | null;
  spelled: string;
  node: { id: string; name: string; label: string };
}

// Hyphens split words, so rare-earth matches rare earth and Jay-Ushin its two parts.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const SPELLINGS: [RegExp, string][] = [
  [/licence/g, 'license'],
  [/colour/g, 'color'],
  [/centre/g, 'center'],
  [/defence/g, 'defense'],
  [/is(e|es|ed|ing|ation)$/, 'iz$1'],
];

/** A word as matching sees it: lower case, no accents, no possessive, American spelling, singular. */
export function canonicalWord(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '');
  for (const [from, to] of SPELLINGS) w = w.replace(from, to);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    raw: m[0],
    canon: canonicalWord(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** At most one edit (insert, delete, substitute, swap of neighbours) apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// Five-letter words are too close to their neighbours (India, Indian) for a letter's tolerance.
const FUZZY_MIN = 6;

/** The words one deletion away, for finding near spellings without comparing every name. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface NameIndex {
  exact: Map<string, Name[]>;
  byFirst: Map<string, Name[]>;
  nearFirst: Map<string, Set<string>>;
  longest: number;
}

/** Names not worth marking: report file names and numbers, which any text may contain. */
const usable = (s: string) => /\p{L}/u.test(s) && !/\.(txt|md|html?)$/i.test(s) && s.length <= 120;

export function buildNameIndex(entries: readonly VocabularyEntry[]): NameIndex {
  const index: NameIndex = {
    exact: new Map(),
    byFirst: new Map(),
    nearFirst: new Map(),
    longest: 0,
  };
  for (const e of entries) {
    const node = { id: e.id, name: e.name, label: e.label };
    for (const spelled of new Set([e.name, ...e.aliases].filter(usable))) {
      const tokens = tokenize(spelled).map((t) => t.canon);
      if (tokens.length === 0 || tokens.length > 12) continue;
      // Two capitals in a short word (MEA, MoM): an acronym, matched only as written.
      const acronym = /^(?=(?:.*\p{Lu}){2})[\p{L}\p{N}&.-]{2,6}$/u.test(spelled) ? spelled : null;
      const name: Name = { tokens, acronym, spelled, node };
      const key = tokens.join(' ');
      index.exact.set(key, [...(index.exact.get(key) ?? []), name]);
      index.longest = Math.max(index.longest, tokens.length);
      const first = tokens[0] ?? '';
      if (acronym === null && first.length >= FUZZY_MIN) {
        index.byFirst.set(first, [...(index.byFirst.get(first) ?? []), name]);
        for (const d of deletions(first)) {
          const set = index.nearFirst.get(d) ?? new Set<string>();
          set.add(first);
          index.nearFirst.set(d, set);
        }
      }
    }
  }
  return index;
}

const nearWord = (a: string, b: string) =>
  a === b || (a.length >= FUZZY_MIN && b.length >= FUZZY_MIN && withinOneEdit(a, b));

function fuzzyAt(index: NameIndex, tokens: Token[], i: number): Name[] {
  const first = tokens[i]?.canon ?? '';
  if (first.length < FUZZY_MIN) return [];
  const firsts = new Set<string>();
  for (const d of deletions(first)) for (const f of index.nearFirst.get(d) ?? []) firsts.add(f);
  const found: Name[] = [];
  for (const f of firsts) {
    if (!withinOneEdit(f, first)) continue;
    for (const name of index.byFirst.get(f) ?? []) {
      const words = tokens.slice(i, i + name.tokens.length);
      if (
        words.length === name.tokens.length &&
        name.tokens.every((t, k) => nearWord(t, words[k]?.canon ?? ''))
      ) {
        found.push(name);
      }
    }
  }
  return found;
}

function acronymOk(name: Name, words: Token[]): boolean {
  return name.acronym === null || words.map((w) => w.raw).join(' ') === name.acronym;
}

/** Every name of the index in `text`, longest first where they overlap, in text order. */
export function matchNames(index: NameIndex, text: string): NameMatch[] {
  const tokens = tokenize(text);
  const out: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: { names: Name[]; length: number; exact: boolean } | null = null;
    for (let len = Math.min(index.longest, tokens.length - i); len >= 1 && !best; len--) {
      const words = tokens.slice(i, i + len);
      const names = (index.exact.get(words.map((w) => w.canon).join(' ')) ?? []).filter((n) =>
        acronymOk(n, words),
      );
      if (names.length > 0) best = { names, length: len, exact: true };
    }
    const fuzzy = fuzzyAt(index, tokens, i).filter((n) => n.tokens.length > (best?.length ?? 0));
    if (fuzzy.length > 0) {
      const length = Math.max(...fuzzy.map((n) => n.tokens.length));
      best = { names: fuzzy.filter((n) => n.tokens.length === length), length, exact: false };
    }
    if (!best) {
      i++;
      continue;
    }
    const first = tokens[i];
    const last = tokens[i + best.length - 1];
    if (first && last) {
      const seen = new Set<string>();
      const nodes = best.names.map((n) => n.node).filter((n) => !seen.has(n.id) && seen.add(n.id));
      out.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        nodes: nodes.slice(0, 5),
        matched: best.names[0]?.spelled ?? '',
        exact: best.exact,
      });
    }
    i += best.length;
  }
  return out;
}
