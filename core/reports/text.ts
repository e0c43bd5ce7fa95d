/**
 * A report's text as the evidence model numbers it: each non-blank line is a
 * paragraph, the headline (when printed) being paragraph 1. The quote check,
 * the stored reports and the claims cut from a selection all count this way,
 * so a paragraph number means the same line everywhere.
 */

/**
 * Quote marks and whitespace differ between a scraped page and a Cypher
 * string (curly against straight, line breaks); nothing else may differ
 * for a quote to count.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A report's paragraphs: its non-blank lines, the headline counting as paragraph 1. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
}

/**
 * The paragraphs as a report stores them: the same lines, numbered the same,
 * without the spaces around each (which no quote can depend on).
 */
export function reportParagraphs(text: string): string[] {
  return paragraphsOf(text).map((line) => line.trim());
}

/**
 * What the duplicate check hashes: each paragraph in Unicode's composed form
 * with quotes and spacing made uniform, one per line. The same report pasted
 * from another browser or saved with other line breaks gives the same input.
 */
export function digestInput(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => normaliseForQuote(p.normalize('NFC')))
    .filter((p) => p !== '')
    .join('\n');
}

/** Where `quote` lies in `paragraph`: offsets in the paragraph as stored, or null. */
export function locateQuote(
  paragraph: string,
  quote: string,
): { start: number; end: number } | null {
  const needle = normaliseForQuote(quote);
  if (needle === '') return null;
  // Normalise the paragraph while remembering where each kept character came from.
  let flat = '';
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i] ?? '';
    if (/\s/.test(ch)) {
      pendingSpace = flat !== '';
      continue;
    }
    if (pendingSpace) {
      flat += ' ';
      origin.push(i);
      pendingSpace = false;
    }
    flat += normaliseForQuote(ch) || ch;
    origin.push(i);
  }
  const at = flat.indexOf(needle);
  if (at < 0) return null;
  const start = origin[at] ?? 0;
  const end = (origin[at + needle.length - 1] ?? start) + 1;
  return { start, end };
}
