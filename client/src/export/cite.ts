// Citation files and formatted references. Kept apart from citations.ts so
// the explorer loads citeproc (a few hundred kB) only when someone asks for
// citations: callers import this module lazily. RIS and BibLaTeX are written
// here, one field a line and nothing wrapped, from the same CSL items
// citeproc formats; the tests read them back with citation-js's parsers.
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { CHICAGO_TEMPLATE, chicagoCsl } from './chicago.js';

export type CitationFile = 'csl-json' | 'ris' | 'bibtex';
export type CitationStyle = 'apa' | 'chicago';

const templates = plugins.config.get('@csl').templates;
if (!templates.has(CHICAGO_TEMPLATE)) templates.add(CHICAGO_TEMPLATE, chicagoCsl);

export const fileTypes: Record<CitationFile, { ext: string; mime: string; label: string }> = {
  'csl-json': { ext: 'json', mime: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems', label: 'RIS' },
  bibtex: { ext: 'bib', mime: 'application/x-bibtex', label: 'BibTeX' },
};

/** One line of text: no line breaks, no runs of spaces. */
const oneLine = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

function dateParts(item: CslItem): number[] {
  const parts: unknown = item.issued?.['date-parts']?.[0];
  return Array.isArray(parts) ? parts.filter((x): x is number => typeof x === 'number') : [];
}

const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));

/**
 * RIS (the 2011 specification): a NEWS record per report, PY the year and DA
 * the date as YYYY/MM/DD/ with what is unknown left empty. Every tag holds
 * its whole value on one line, however long.
 */
export function toRis(items: readonly CslItem[]): string {
  const records = items.map((item) => {
    const [y, m, d] = dateParts(item);
    const fields: [string, string][] = [
      ['TY', 'NEWS'],
      ['ID', oneLine(item['citation-key'] ?? item.id)],
      ['TI', oneLine(item.title)],
      ['T2', oneLine(item['container-title'])],
      ['PY', y === undefined ? '' : String(y)],
      ['DA', y === undefined ? '' : `${y}/${pad(m)}/${pad(d)}/`],
      ['LA', oneLine(item.language)],
      ['UR', oneLine(item.URL)],
      ['N1', oneLine(item.note)],
    ];
    const lines = fields.filter(([, v]) => v !== '').map(([tag, v]) => `${tag}  - ${v}`);
    return [...lines, 'ER  - '].join('\n');
  });
  return `${records.join('\n\n')}\n`;
}

/** A BibLaTeX field value: braces balanced, LaTeX's special characters escaped. */
function latex(v: string): string {
  return oneLine(v)
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * BibLaTeX: an @article with entrysubtype newspaper when the outlet is named
 * (journaltitle), else @misc; `date` as ISO 8601 at the precision known
 * (2025-10-31, 2025-08, 2025). No field holds placeholder text.
 */
export function toBiblatex(items: readonly CslItem[]): string {
  const entries = items.map((item) => {
    const key = oneLine(item['citation-key'] ?? item.id).replace(/[^A-Za-z0-9:_-]/g, '');
    const outlet = oneLine(item['container-title']);
    const [y, m, d] = dateParts(item);
    const date = [y, m, d]
      .filter((x) => x !== undefined)
      .map((x, i) => (i === 0 ? String(x) : pad(x)))
      .join('-');
    const fields: [string, string][] = [
      ['entrysubtype', outlet ? 'newspaper' : ''],
      ['title', oneLine(item.title)],
      ['journaltitle', outlet],
      ['date', date],
      ['langid', oneLine(item.language) === 'en' ? 'english' : ''],
      ['url', oneLine(item.URL)],
      ['note', oneLine(item.note)],
    ];
    const body = fields
      .filter(([, v]) => v !== '')
      .map(([name, v]) => `  ${name} = {${name === 'url' ? v : latex(v)}},`);
    return [`@${outlet ? 'article' : 'misc'}{${key},`, ...body, '}'].join('\n');
  });
  return `${entries.join('\n\n')}\n`;
}

/** A file a reference manager imports (Zotero, EndNote, Biber/BibLaTeX, pandoc). */
export function citationFile(items: readonly CslItem[], kind: CitationFile): string {
  if (kind === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  return kind === 'ris' ? toRis(items) : toBiblatex(items);
}

/** A bracketed title is our description of an untitled report, never its words. */
const described = (item: CslItem) =>
  typeof item.title === 'string' && item.title.startsWith('[') && item.title.endsWith(']');

/** A plain-text bibliography in the style asked for, one entry a line. */
export function formatted(items: readonly CslItem[], style: CitationStyle): string {
  const template = style === 'chicago' ? CHICAGO_TEMPLATE : 'apa';
  // The Chicago template leaves a title with a genre unquoted: only ours carry one, and only here.
  const input =
    style === 'chicago'
      ? items.map((i) => (described(i) ? { ...i, genre: 'description' } : i))
      : items;
  return new Cite(input).format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
}
