/**
 * Page furniture a scraped report carries besides its story: the body
 * printed twice, "Advertisement" markers, a "Related Articles" header and the
 * unrelated headlines listed under it. Each is flagged with its reason for the
 * editor, who decides what to drop; nothing is dropped here.
 */
import type { Furniture } from '../../contract/reports.js';
import { normaliseForQuote } from './text.js';

export type { Furniture };

const ADVERTISEMENT =
  /^(advertisement|advertisements?|sponsored( content)?|ad|promoted|read more!?|story continues below( this ad| advertisement)?|continue reading( below)?|scroll to continue( with content)?|subscribe( now)?!?|sign up for (our|the) newsletter.*|share( this( article| story)?)?|follow us on .*|click here to .*)$/i;

const RELATED =
  /^(related( articles| news| stories| posts| coverage)?|latest( news| stories)?|also read|read also|more (from|on) .*|trending( now| news)?|top stories|recommended( for you| stories)?|you may also like|more stories|popular( now)?|editor'?s picks|most read)\s*:?$/i;

const key = (p: string) => normaliseForQuote(p).toLowerCase();

/** A headline-like line: short, without a sentence's final stop. */
function headlineLike(p: string): boolean {
  const t = p.trim();
  return t.length > 0 && t.length <= 160 && !/[.?!"'”’)]$/.test(t);
}

/** A line made of one text written twice with nothing between (a scrape joining two copies). */
function doubled(p: string): boolean {
  const t = p.trim();
  if (t.length < 20 || t.length % 2 !== 0) return false;
  return t.slice(0, t.length / 2) === t.slice(t.length / 2);
}

function repeats(paragraphs: readonly string[], flagged: Map<number, Furniture>) {
  const firstSeen = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    const k = key(p);
    // Short lines (a byline, "Advertisement") repeat in any page; only text repeats as a body does.
    if (k.length < 25) return;
    const first = firstSeen.get(k);
    if (first === undefined) firstSeen.set(k, i);
    else {
      flagged.set(i, {
        paragraph: i + 1,
        kind: 'repeat',
        reason: `repeats paragraph ${first + 1}`,
      });
    }
  });
  paragraphs.forEach((p, i) => {
    if (!flagged.has(i) && doubled(p)) {
      flagged.set(i, {
        paragraph: i + 1,
        kind: 'repeat',
        reason: 'the same words twice in one line',
      });
    }
  });
}

/**
 * Under a related-links header, the list it heads: headlines, each with at
 * most one line of summary after it. The first sentence that follows no
 * headline is the story going on, so the list ends there.
 */
function relatedLists(paragraphs: readonly string[], flagged: Map<number, Furniture>) {
  let inList: string | null = null;
  let afterHeadline = false;
  paragraphs.forEach((p, i) => {
    const t = p.trim();
    if (RELATED.test(t)) {
      flagged.set(i, { paragraph: i + 1, kind: 'related', reason: `a "${t}" header` });
      inList = t;
      afterHeadline = false;
      return;
    }
    if (inList === null || flagged.get(i)?.kind === 'advertisement') return;
    if (headlineLike(t)) {
      if (!flagged.has(i)) {
        flagged.set(i, { paragraph: i + 1, kind: 'unrelated', reason: `listed under "${inList}"` });
      }
      afterHeadline = true;
    } else if (afterHeadline) {
      if (!flagged.has(i)) {
        flagged.set(i, {
          paragraph: i + 1,
          kind: 'unrelated',
          reason: `the summary of a headline listed under "${inList}"`,
        });
      }
      afterHeadline = false;
    } else {
      inList = null;
    }
  });
}

/** Every paragraph that looks like page furniture, in paragraph order. */
export function detectFurniture(paragraphs: readonly string[]): Furniture[] {
  const flagged = new Map<number, Furniture>();
  paragraphs.forEach((p, i) => {
    if (ADVERTISEMENT.test(p.trim())) {
      flagged.set(i, { paragraph: i + 1, kind: 'advertisement', reason: 'an advertising marker' });
    }
  });
  repeats(paragraphs, flagged);
  relatedLists(paragraphs, flagged);
  return [...flagged.values()].sort((a, b) => a.paragraph - b.paragraph);
}
