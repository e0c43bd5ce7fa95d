// Citation files and formatted references, by citation-js and citeproc. Kept
// apart from citations.ts so the explorer loads citeproc (a few hundred kB)
// only when someone asks for citations: callers import this module lazily.
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
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

/** A file a reference manager imports (Zotero, EndNote, BibTeX/BibLaTeX, pandoc). */
export function citationFile(items: readonly CslItem[], kind: CitationFile): string {
  const cite = new Cite(items);
  if (kind === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  return cite.format(kind, { format: 'text' });
}

/** A plain-text bibliography in the style asked for, one entry a line. */
export function formatted(items: readonly CslItem[], style: CitationStyle): string {
  const template = style === 'chicago' ? CHICAGO_TEMPLATE : 'apa';
  return new Cite(items).format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
}
