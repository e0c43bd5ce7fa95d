/**
 * What an editor hands in, checked before anything reads it as a report:
 * text (pasted, or a .txt, .md or .html file read as UTF-8), never bytes of
 * another kind, never empty, never longer than a report can be. Markdown is
 * reduced to its words; HTML is the server's to reduce (server/reports/html.ts).
 */
import { reportParagraphs } from './text.js';

export type InputFormat = 'text' | 'markdown' | 'html';

/** Most a request may carry (the body limit of the reports' routes holds it too). */
export const MAX_INPUT_CHARS = 4_000_000;
/** Most text a stored report may keep: a long feature is about 60,000 characters. */
export const MAX_REPORT_CHARS = 400_000;
export const MAX_PARAGRAPHS = 3_000;
/** Most characters in one paragraph (a line of that length is not a paragraph but a dump). */
export const MAX_PARAGRAPH_CHARS = 20_000;

export class InputProblem extends Error {
  constructor(
    readonly kind: 'empty' | 'binary' | 'too-large' | 'unknown-type',
    message: string,
  ) {
    super(message);
    this.name = 'InputProblem';
  }
}

const SIGNATURES: [RegExp, string][] = [
  [/^%PDF-/, 'a PDF document'],
  // eslint-disable-next-line no-control-regex -- a ZIP file's signature holds control bytes
  [/^PK\u0003\u0004/, 'a ZIP archive (a .docx or .epub is one)'],
  [/^\uFFFDPNG/, 'a PNG image'],
  [/^\uFFFD\uFFFD\uFFFD/, 'a binary file (an image or an Office document)'],
  [/^GIF8[79]a/, 'a GIF image'],
  [/^\{\\rtf/, 'an RTF document'],
];

/**
 * Names what the content is when it is not text: a known file signature,
 * or bytes no text has (NULs, many characters the UTF-8 reader could not decode).
 */
export function binaryKind(content: string): string | null {
  for (const [signature, what] of SIGNATURES) if (signature.test(content)) return what;
  const sample = content.slice(0, 65_536);
  if (sample.includes('\u0000')) return 'a binary file';
  let odd = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    // Control characters other than tab, line breaks and form feed do not occur in text.
    const control = (code >= 1 && code <= 8) || (code >= 14 && code <= 31) || code === 127;
    if (ch === '\uFFFD' || control) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.01 ? 'not UTF-8 text' : null;
}

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i;

/** The format from the file's name, else from the content (a pasted page source is HTML). */
export function formatOf(content: string, fileName?: string | null): InputFormat {
  if (fileName) {
    const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
    if (ext === 'html' || ext === 'htm') return 'html';
    if (ext === 'md' || ext === 'markdown') return 'markdown';
    if (ext === 'txt' || ext === 'text') return 'text';
    throw new InputProblem(
      'unknown-type',
      `A ${ext ? `.${ext}` : 'file without an extension'} is not read as a report: upload a .txt, .md or .html file, or paste the text.`,
    );
  }
  if (HTML_START.test(content)) return 'html';
  const tags = content.match(/<\/?(p|div|span|a|script|style|img|h[1-6]|br|li)\b[^>]*>/gi) ?? [];
  return tags.length >= 3 ? 'html' : 'text';
}

/** Refuses what cannot be a report, saying what to do instead. */
export function checkInput(content: string): void {
  if (content.length > MAX_INPUT_CHARS) {
    throw new InputProblem(
      'too-large',
      `This is ${Math.round(content.length / 1_000_000)} million characters; a report may be at most ${MAX_INPUT_CHARS / 1_000_000} million. Paste the article's text alone, or save the page as .html and upload it so only the article is kept.`,
    );
  }
  const binary = binaryKind(content);
  if (binary !== null) {
    throw new InputProblem(
      'binary',
      `This is ${binary}, not text. Save the report as text (.txt), Markdown (.md) or a web page (.html) and upload that, or paste its text.`,
    );
  }
  if (content.trim() === '') {
    throw new InputProblem(
      'empty',
      'The report is empty: paste its text or choose a file that holds it.',
    );
  }
}

/** Checks the paragraphs a report would keep against the limits of a stored report. */
export function checkParagraphs(paragraphs: readonly string[]): void {
  if (paragraphs.length === 0 || paragraphs.every((p) => p.trim() === '')) {
    throw new InputProblem(
      'empty',
      'No text is left to keep: the report has no words, or every paragraph was dropped.',
    );
  }
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars > MAX_REPORT_CHARS || paragraphs.length > MAX_PARAGRAPHS) {
    throw new InputProblem(
      'too-large',
      `The report's text is ${chars.toLocaleString('en')} characters in ${paragraphs.length} paragraphs; a report keeps at most ${MAX_REPORT_CHARS.toLocaleString('en')} characters in ${MAX_PARAGRAPHS} paragraphs. Keep only the article (drop the page's other parts) and try again.`,
    );
  }
  const long = paragraphs.findIndex((p) => p.length > MAX_PARAGRAPH_CHARS);
  if (long >= 0) {
    throw new InputProblem(
      'too-large',
      `Paragraph ${long + 1} is ${paragraphs[long]?.length ?? 0} characters long; a paragraph may be at most ${MAX_PARAGRAPH_CHARS.toLocaleString('en')}. Put each paragraph on its own line.`,
    );
  }
}

/**
 * Markdown's paragraphs as words: lines of one block joined (Markdown wraps
 * them), heading marks, list bullets, quote marks, emphasis and link targets
 * removed, images and raw tags dropped. One paragraph per block, as a report
 * stores them.
 */
export function markdownParagraphs(source: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const rawLine of source.split(/\r?\n|\r/)) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      if (rawLine.trim() !== '') blocks.push(rawLine.trim());
      continue;
    }
    const line = rawLine.trim();
    if (line === '' || /^([-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+/.test(line) || /^(=+|-+)$/.test(line);
    const item = /^([-*+]|\d+[.)])\s+/.test(line);
    if (heading || item) flush();
    if (/^(=+|-+)$/.test(line)) continue;
    current.push(inlineMarkdown(line.replace(/^#{1,6}\s+|^>\s?|^([-*+]|\d+[.)])\s+/g, '')));
    if (heading) flush();
  }
  flush();
  return reportParagraphs(blocks.join('\n'));
}

function inlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s*#+\s*$/, '');
}
