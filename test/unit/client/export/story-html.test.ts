// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { storyHtml, type PublishedStep } from '../../../../client/src/export/story-html.js';
import { figureSvg } from '../../../../client/src/export/story-figure.js';
import type { ResolvedClaim } from '../../../../client/src/story/claims.js';

const claim: ResolvedClaim = {
  id: 'a|LED_TO|b',
  sentence: 'A led to B',
  line: {
    kind: 'stated',
    quote: 'The curbs disrupted supplies & more',
    label: 'stated',
    where: 'src:002, paragraph 12',
  },
  reports: [
    { id: 'src:002', outlet: 'Outlet', headline: 'Headline', date: '2025-06-12', file: null },
  ],
  paragraph: 12,
};
const step = (id: string, over: Partial<PublishedStep> = {}): PublishedStep => ({
  id,
  title: `Title ${id}`,
  caption: 'First.\n\nSecond <b>not bold</b>',
  figure: {
    graph: {
      nodes: [
        { id: 'a', labels: ['Event'], name: 'A', properties: {} },
        { id: 'b', labels: ['Event'], name: 'B', properties: {} },
      ],
      edges: [{ id: 'a|LED_TO|b', source: 'a', target: 'b', type: 'LED_TO', properties: {} }],
    },
    positions: { a: { x: 0, y: 0 }, b: { x: 100, y: 50 } },
  },
  claims: [claim],
  goneClaims: [],
  missing: [],
  ...over,
});

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('a published story', () => {
  it('has one section per step with its title and the caption as text', () => {
    const doc = page(
      storyHtml({
        title: 'T',
        note: 'n',
        steps: [step('s1'), step('s2')],
        bibliography: [],
        styleName: 'Chicago',
      }),
    );
    const sections = doc.querySelectorAll('section.step');
    expect(sections).toHaveLength(2);
    expect(sections[0]?.querySelector('h2')?.textContent).toBe('Title s1');
    expect(sections[0]?.querySelector('b')).toBeNull();
    expect(sections[0]?.textContent).toContain('Second <b>not bold</b>');
  });

  it('prints each cited quote verbatim in quotation marks, with its report and paragraph', () => {
    const doc = page(
      storyHtml({
        title: 'T',
        note: 'n',
        steps: [step('s1')],
        bibliography: ['Outlet. “Headline.” June 12, 2025.'],
        styleName: 'Chicago',
      }),
    );
    expect(doc.querySelector('.quote')?.textContent).toBe('“The curbs disrupted supplies & more”');
    expect(doc.querySelector('.how')?.textContent).toContain('src:002, paragraph 12');
    expect(doc.querySelector('.bibliography li')?.textContent).toBe(
      'Outlet. “Headline.” June 12, 2025.',
    );
  });

  it('names the nodes a step lost instead of showing a blank figure', () => {
    const doc = page(
      storyHtml({
        title: 'T',
        note: 'n',
        steps: [step('s1', { missing: ['event:gone'] })],
        bibliography: [],
        styleName: 'Chicago',
      }),
    );
    expect(doc.querySelector('.missing')?.textContent).toContain('event:gone');
  });

  it('draws the graph and also lists it for screen readers', () => {
    const doc = page(
      storyHtml({
        title: 'T',
        note: 'n',
        steps: [step('s1')],
        bibliography: [],
        styleName: 'Chicago',
      }),
    );
    expect(doc.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain('Title s1');
    expect(doc.querySelector('.graph-list')?.textContent).toContain('led to B');
  });

  it('loads nothing from the network: no src or href leaves the file', () => {
    const html = storyHtml({
      title: 'T',
      note: 'n',
      steps: [step('s1')],
      bibliography: [],
      styleName: 'Chicago',
    });
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });
});

describe('a published step’s figure', () => {
  it('draws the selection and its neighbours in full, fades the rest, and marks the cited link', () => {
    const s = step('s1');
    const graph = {
      nodes: [
        ...s.figure.graph.nodes,
        { id: 'far', labels: ['Event'], name: 'Far', properties: {} },
      ],
      edges: s.figure.graph.edges,
    };
    const html = storyHtml({
      title: 'T',
      note: 'n',
      steps: [step('s1', { figure: { ...s.figure, graph, focus: ['a'], cited: ['a|LED_TO|b'] } })],
      bibliography: [],
      styleName: 'Chicago',
    });
    const doc = page(html);
    expect(doc.querySelector('[data-id="far"]')?.getAttribute('class')).toContain('dim');
    expect(doc.querySelector('[data-id="b"]')?.getAttribute('class')).not.toContain('dim');
    expect(doc.querySelector('[data-id="a"]')?.getAttribute('class')).toContain('chosen');
    expect(doc.querySelector('line[data-id="a|LED_TO|b"]')?.getAttribute('class')).toContain(
      'cited',
    );
  });
});

describe('a large story', () => {
  it('publishes 100 steps of 50 nodes each, and a step of 5,000 nodes, in bounded size and time', () => {
    const graphOf = (n: number, tag: string) => ({
      nodes: Array.from({ length: n }, (_, i) => ({
        id: `${tag}${i}`,
        labels: ['Event'],
        name: `Node ${i}`,
        properties: {},
      })),
      edges: Array.from({ length: n - 1 }, (_, i) => ({
        id: `${tag}${i}|LED_TO|${tag}${i + 1}`,
        source: `${tag}${i}`,
        target: `${tag}${i + 1}`,
        type: 'LED_TO',
        properties: {},
      })),
    });
    const positions = (n: number, tag: string) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`${tag}${i}`, { x: i * 13.37, y: (i % 40) * 21.1 }]),
      );
    const steps = Array.from({ length: 100 }, (_, k) =>
      step(`s${k}`, { figure: { graph: graphOf(50, 'n'), positions: positions(50, 'n') } }),
    );
    steps.push(
      step('big', { figure: { graph: graphOf(5000, 'b'), positions: positions(5000, 'b') } }),
    );
    const t0 = performance.now();
    const html = storyHtml({
      title: 'T',
      note: 'n',
      steps,
      bibliography: [],
      styleName: 'Chicago',
    });
    const ms = performance.now() - t0;
    const bytes = new TextEncoder().encode(html).length;
    console.log(
      `101 steps (100 × 50 nodes + 5,000 nodes): ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms`,
    );
    expect(html.match(/<section class="step"/g)).toHaveLength(101);
    expect(ms).toBeLessThan(10_000);
    expect(bytes).toBeLessThan(20e6);
  }, 30_000);
});

describe('a step’s figure', () => {
  it('names the step’s own node always and leaves a crowded name undrawn', () => {
    const graph = {
      nodes: ['a', 'b', 'c'].map((id) => ({
        id,
        labels: ['Event'],
        name: `A long name for node ${id}`,
        properties: {},
      })),
      edges: [
        { id: 'a|X|b', source: 'a', target: 'b', type: 'X', properties: {} },
        { id: 'a|X|c', source: 'a', target: 'c', type: 'X', properties: {} },
      ],
    };
    // Three nodes side by side, closer than a name is wide.
    const positions = { a: { x: 0, y: 0 }, b: { x: 30, y: 0 }, c: { x: 60, y: 0 } };
    const svg = figureSvg({ graph, positions, focus: ['b'] }, 'step');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const cls = (id: string) => doc.querySelector(`[data-id="${id}"]`)?.getAttribute('class') ?? '';
    expect(cls('b')).not.toContain('crowded');
    expect(['a', 'c'].filter((id) => cls(id).includes('crowded')).length).toBeGreaterThan(0);
  });
});
