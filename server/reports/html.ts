/**
 * A saved web page reduced to its article: Mozilla's Readability on a
 * linkedom document, then the article's blocks (paragraphs, headings, list
 * items, quotes) as plain text, one paragraph each. Only text leaves this
 * module: scripts, styles, event handlers and links' targets are never kept,
 * so nothing of the page can run where the report is shown.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { reportParagraphs } from '../../core/reports/text.js';

export interface ExtractedPage {
  /** The page's own title (its <title> or the article's heading), for the editor to check. */
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  paragraphs: string[];
  /** False when Readability found no article and the page's whole body was read. */
  article: boolean;
}

const NEVER_KEPT =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

/**
 * The few DOM members this module uses. The server is compiled without the
 * DOM's types (server/tsconfig.json), which linkedom's and Readability's
 * declarations name, so their documents are seen through this shape.
 */
interface PageElement {
  textContent: string | null;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): Iterable<PageElement>;
  remove(): void;
}
interface ParsedDocument extends PageElement {
  body: PageElement | null;
  toString(): string;
}
interface ReadabilityResult {
  title?: string | null;
  content?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}
const parse = parseHTML as unknown as (html: string) => { document: ParsedDocument };
const readArticle = (document: ParsedDocument, charThreshold: number) =>
  new (
    Readability as unknown as new (
      doc: ParsedDocument,
      options: { charThreshold: number },
    ) => { parse(): ReadabilityResult | null }
  )(document, { charThreshold }).parse();

function blockTexts(document: ParsedDocument): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // The innermost blocks only: a list item holding paragraphs gives its paragraphs.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '') out.push(text);
  }
  if (out.length === 0) {
    const all = (document.body?.textContent ?? '').split(/\n\s*\n|\r\n\s*\r\n/);
    for (const t of all) {
      const text = t.replace(/\s+/g, ' ').trim();
      if (text !== '') out.push(text);
    }
  }
  return out;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;

export function extractArticle(html: string): ExtractedPage {
  const { document } = parse(html);
  for (const el of document.querySelectorAll(NEVER_KEPT)) el.remove();
  const pageTitle = text(document.querySelector('title')?.textContent);
  // Readability changes the document it reads, so it reads its own copy.
  const parsed = readArticle(parse(document.toString()).document, 200);
  const source = parsed?.content
    ? parse(`<html><body>${parsed.content}</body></html>`).document
    : document;
  for (const el of source.querySelectorAll(NEVER_KEPT)) el.remove();
  // The page's own heading is the headline as printed; a <title> often adds the site's name.
  const title = text(document.querySelector('h1')?.textContent) ?? text(parsed?.title) ?? pageTitle;
  const paragraphs = reportParagraphs(blockTexts(source).join('\n'));
  // The headline is paragraph 1, as in the evidence model's texts, when the article omits it.
  if (title !== null && paragraphs[0] !== title) paragraphs.unshift(title);
  return {
    title,
    byline: text(parsed?.byline),
    siteName: text(parsed?.siteName),
    publishedTime: text(parsed?.publishedTime),
    paragraphs,
    article: Boolean(parsed?.content),
  };
}
