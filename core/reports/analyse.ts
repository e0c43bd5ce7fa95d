/**
 * A new report's paragraphs read before it is saved: the page furniture to
 * offer for dropping, and what the text suggests for the form (its headline,
 * the date it prints). Nothing here decides; the editor does.
 */
import { printedDate } from './dates.js';
import { detectFurniture, type Furniture } from './furniture.js';

export interface Analysis {
  furniture: Furniture[];
  suggested: {
    headline: string | null;
    datePrinted: { wording: string; date: string; paragraph: number } | null;
  };
}

/** The first paragraph reads as a headline when it is short and ends without a full stop. */
function headlineOf(paragraphs: readonly string[], title: string | null): string | null {
  if (title !== null) return title;
  const first = paragraphs[0]?.trim() ?? '';
  return first !== '' && first.length <= 200 && !/[.]$/.test(first) ? first : null;
}

export function analyseReport(
  paragraphs: readonly string[],
  title: string | null = null,
): Analysis {
  return {
    furniture: detectFurniture(paragraphs),
    suggested: { headline: headlineOf(paragraphs, title), datePrinted: printedDate(paragraphs) },
  };
}

/** The paragraphs kept once the editor drops some (1-based numbers, as shown). */
export function keepParagraphs(paragraphs: readonly string[], drop: readonly number[]): string[] {
  const dropped = new Set(drop);
  return paragraphs.filter((_, i) => !dropped.has(i + 1));
}
