/**
 * New names a report brings: people, places and organisations that
 * compromise's English model finds, offered to the editor as suggestions
 * (never written to the graph by themselves). Titles before a person's name
 * ("Minister S Jaishankar") and punctuation after a name are left out of the
 * span, so accepting a suggestion names the person, not the office.
 */
import nlp from 'compromise';

export type EntityKind = 'person' | 'place' | 'organization';

export interface FoundEntity {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
}

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

const TITLES =
  /^((?:(?:union|chief|prime|foreign|external affairs|commerce|deputy|vice|former|senior)\s+)*(?:minister|president|spokesperson|spokesman|secretary|ambassador|chairman|ceo|director|mr|mrs|ms|dr|prof|sir|shri|smt)\.?\s+)+/i;

function trimmed(text: string, start: number, raw: string): { start: number; text: string } | null {
  let s = start;
  let t = raw;
  const title = TITLES.exec(t);
  if (title) {
    s += title[0].length;
    t = t.slice(title[0].length);
  }
  const lead = /^[^\p{L}\p{N}]+/u.exec(t)?.[0].length ?? 0;
  s += lead;
  t = t
    .slice(lead)
    .replace(/[^\p{L}\p{N})]+$/u, '')
    .replace(/['’]s$/, '');
  if (t.length < 2 || text.slice(s, s + t.length) !== t) return null;
  return { start: s, text: t };
}

/** People, places and organisations in `text`, in text order, without overlaps. */
export function findEntities(text: string): FoundEntity[] {
  const doc = nlp(text);
  const groups: [EntityKind, OffsetJson[]][] = [
    ['person', doc.people().json({ offset: true }) as OffsetJson[]],
    ['organization', doc.organizations().json({ offset: true }) as OffsetJson[]],
    ['place', doc.places().json({ offset: true }) as OffsetJson[]],
  ];
  const out: FoundEntity[] = [];
  for (const [kind, items] of groups) {
    for (const item of items) {
      const cut = trimmed(
        text,
        item.offset.start,
        text.slice(item.offset.start, item.offset.start + item.offset.length),
      );
      if (!cut || !/^\p{Lu}/u.test(cut.text)) continue;
      const end = cut.start + cut.text.length;
      if (out.some((e) => cut.start < e.end && e.start < end)) continue;
      out.push({ start: cut.start, end, text: cut.text, kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
