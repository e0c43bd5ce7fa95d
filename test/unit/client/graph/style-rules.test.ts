import { describe, expect, it } from 'vitest';
import { contrast, deltaE, luminance } from '../../../../client/src/graph/colour.js';
import {
  CATEGORY_COLOURS,
  MAX_RULE_SIZE,
  MIN_RULE_SIZE,
  OTHER_COLOUR,
  categories,
  parseColourRule,
  parseSizeRule,
  propertyKinds,
  ramp,
  rampColour,
  scaled,
  sizeAt,
} from '../../../../client/src/graph/style-rules.js';

// The canvas backgrounds of the two themes (as in kinds.test.ts).
const BACKGROUND = { light: '#fbfbfc', dark: '#1e1f24' } as const;

describe('rule encoding', () => {
  it('reads metrics, the defaults and prop:<name>, and nothing else', () => {
    expect(parseSizeRule('degree')).toBe('degree');
    expect(parseSizeRule('none')).toBe('none');
    expect(parseSizeRule('prop:population')).toBe('prop:population');
    expect(parseSizeRule('kind')).toBeUndefined();
    expect(parseSizeRule('prop:')).toBeUndefined();
    expect(parseColourRule('kind')).toBe('kind');
    expect(parseColourRule('betweenness')).toBe('betweenness');
    expect(parseColourRule('none')).toBeUndefined();
  });
});

describe('scaled values', () => {
  it('keeps order, spans 0..1 and gives equal values equal places', () => {
    const t = scaled(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 2],
        ['d', 9],
      ]),
    );
    expect(t.get('a')).toBe(0);
    expect(t.get('b')).toBe(0);
    expect(t.get('d')).toBe(1);
    expect(t.get('c')).toBeGreaterThan(0);
    expect(t.get('c')).toBeLessThan(1);
  });

  it('does not let one hub flatten everyone else', () => {
    // Degrees 1..5 and one hub of 500: a plain linear scale would put 5 at 0.008.
    const t = scaled(new Map([...[1, 2, 3, 4, 5].map((v) => [`n${v}`, v] as const), ['hub', 500]]));
    expect(t.get('n5')).toBeGreaterThan(0.4);
    expect(sizeAt(t.get('n5') ?? 0) - sizeAt(t.get('n1') ?? 0)).toBeGreaterThanOrEqual(15);
  });

  it('puts everyone in the middle when all values are equal', () => {
    expect([
      ...scaled(
        new Map([
          ['a', 3],
          ['b', 3],
        ]),
      ).values(),
    ]).toEqual([0.5, 0.5]);
  });

  it('sizes on a bounded scale', () => {
    expect(sizeAt(0)).toBe(MIN_RULE_SIZE);
    expect(sizeAt(1)).toBe(MAX_RULE_SIZE);
    expect(sizeAt(7)).toBe(MAX_RULE_SIZE);
    expect(sizeAt(-1)).toBe(MIN_RULE_SIZE);
  });
});

describe('the sequential ramp', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keeps 3:1 with the ${theme} canvas and stands out more as values grow`, () => {
      const samples = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((t) => rampColour(t, theme));
      for (const c of samples) expect(contrast(c, BACKGROUND[theme])).toBeGreaterThanOrEqual(3);
      const c = samples.map((s) => contrast(s, BACKGROUND[theme]));
      for (let i = 1; i < c.length; i++) expect(c[i]).toBeGreaterThanOrEqual(c[i - 1] ?? 0);
      expect(deltaE(samples[0] ?? '', samples[samples.length - 1] ?? '')).toBeGreaterThan(40);
    });
  }

  it('passes through its stops', () => {
    expect(rampColour(0, 'light')).toBe(ramp('light')[0]);
    expect(rampColour(1, 'dark')).toBe(ramp('dark').at(-1));
  });

  it('runs dark on the light theme and light on the dark one', () => {
    expect(luminance(rampColour(1, 'light'))).toBeLessThan(luminance(rampColour(0, 'light')));
    expect(luminance(rampColour(1, 'dark'))).toBeGreaterThan(luminance(rampColour(0, 'dark')));
  });
});

describe('categories', () => {
  it('keeps 3:1 with both canvases and 30 ΔE between any two colours', () => {
    const all = [...CATEGORY_COLOURS, OTHER_COLOUR];
    for (const c of all)
      for (const bg of Object.values(BACKGROUND)) expect(contrast(c, bg)).toBeGreaterThanOrEqual(3);
    for (const a of all) for (const b of all) if (a !== b) expect(deltaE(a, b)).toBeGreaterThan(30);
  });

  it('colours the eight most common values and counts the rest as other', () => {
    const values = new Map<string, string>();
    for (let v = 0; v < 10; v++)
      for (let i = 0; i <= v; i++) values.set(`n${v}-${i}`, `value ${v}`);
    const { shown, other } = categories(values);
    expect(shown.map((c) => c.value)).toEqual([9, 8, 7, 6, 5, 4, 3, 2].map((v) => `value ${v}`));
    expect(shown.map((c) => c.colour)).toEqual([...CATEGORY_COLOURS]);
    expect(other).toBe(1 + 2);
  });
});

describe('property kinds', () => {
  it('offers numeric properties for size, text ones for captions, any for colour', () => {
    const kinds = propertyKinds([
      { properties: { population: 1400, name: 'India', iso: 'IN', flag: true, tags: ['a'] } },
      { properties: { population: 1410, name: 'China', founded: '1949', blank: '' } },
    ]);
    expect(kinds.numeric).toEqual(['population']);
    expect(kinds.text).toEqual(['founded', 'iso', 'name']);
    expect(kinds.all).toEqual(['flag', 'founded', 'iso', 'name', 'population']);
  });
});
