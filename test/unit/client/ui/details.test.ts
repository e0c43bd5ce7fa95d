// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  edgeHeader,
  manySelected,
  neighbourItem,
  nodeHeader,
} from '../../../../client/src/ui/details.js';

const node = (properties: Record<string, unknown>) => ({
  id: 'org:mea',
  labels: ['Organization'],
  name: 'Ministry of External Affairs',
  properties,
});

describe('nodeHeader', () => {
  it('names the node with its kinds and aliases', () => {
    const text = nodeHeader(node({ aliases: ['MEA'] }))
      .map((e) => e.textContent)
      .join('|');
    expect(text).toBe('Ministry of External Affairs|Organization|Also known as: MEA');
  });

  it('shows a month-precise date at its precision, not as the first of the month', () => {
    const text = nodeHeader(node({ date: '2024-10-01', datePrecision: 'month' }))
      .map((e) => e.textContent)
      .join('|');
    expect(text).not.toContain('2024-10-01');
  });
});

describe('neighbourItem', () => {
  it('selects the neighbour when its name is pressed', () => {
    let picked = 0;
    neighbourItem({ name: 'India' }, 'stated', () => picked++)
      .querySelector('button')
      ?.click();
    expect(picked).toBe(1);
  });

  it('says when no report states the link', () => {
    expect(neighbourItem({ name: 'India' }, 'inferred', () => undefined).textContent).toBe(
      'India (inferred)',
    );
  });
});

describe('edgeHeader', () => {
  it('spells out the relationship from its source to its target', () => {
    expect(edgeHeader('MADE', 'MEA', 'Statement')[1]?.textContent).toBe('MEA —MADE→ Statement');
  });
});

describe('manySelected', () => {
  it('hides every selected node through its action', () => {
    let hidden = 0;
    const els = manySelected(['a', 'b'], { focus: () => undefined, hide: () => hidden++ });
    document.body.replaceChildren(...els);
    [...document.querySelectorAll('button')]
      .find((b) => b.textContent === 'Hide selection')
      ?.click();
    expect(hidden).toBe(1);
    expect(document.querySelector('h2')?.textContent).toBe('2 selected');
  });
});
