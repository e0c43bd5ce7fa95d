// A paragraph drawn with its marks: the text cut into segments where marks
// begin and end, each segment a span carrying the marks over it as classes
// and its offset in the paragraph. Text is set as text, never as markup.
import type { ReadingSpan } from '../../../../contract/index.js';

export function describe(span: ReadingSpan): string {
  switch (span.kind) {
    case 'claim':
      return `${span.draft ? 'Draft claim' : 'Claim'}: ${span.what} — ${span.caption} (${span.basis ?? 'stated'})`;
    case 'name':
      return `${span.exact ? 'In the graph' : 'Close to'}: ${span.nodes.map((n) => `${n.name} (${n.label})`).join(', ')}`;
    case 'suggestion':
      return `New ${span.entity}? ${span.text}`;
    case 'date': {
      const range = span.range ? `, the week ${span.range.from} to ${span.range.to}` : '';
      return `${span.wording} → ${span.date} (${span.precision}${span.inferred ? ', inferred' : ''}${range})`;
    }
  }
}

export function renderParagraph(
  n: number,
  text: string,
  spans: ReadingSpan[],
): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'report-paragraph';
  p.dataset.n = String(n);
  const number = document.createElement('span');
  number.className = 'report-n';
  number.textContent = `${n}`;
  number.setAttribute('aria-hidden', 'true');
  number.contentEditable = 'false';
  p.append(number);
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? a;
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    const seg = document.createElement('span');
    seg.className = 'seg';
    seg.dataset.start = String(a);
    seg.textContent = text.slice(a, b);
    for (const s of over) seg.classList.add(`mark-${s.kind}`);
    if (over.length > 0) seg.title = over.map(describe).join('\n');
    const claim = over.find((s) => s.kind === 'claim');
    if (claim) seg.dataset.claim = claim.id;
    p.append(seg);
  }
  return p;
}

/** Where a DOM position lies in its paragraph's text, or null outside a paragraph's words. */
export function offsetOf(node: Node, offset: number): { n: number; at: number } | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const seg = el?.closest<HTMLElement>('.seg');
  const p = el?.closest<HTMLElement>('.report-paragraph');
  if (!seg || !p) return null;
  const at = Number(seg.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  return { n: Number(p.dataset.n), at };
}
