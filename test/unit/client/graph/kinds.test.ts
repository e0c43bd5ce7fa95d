import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, deltaE, deltaE2000, lab } from '../../../../client/src/graph/colour.js';
import { FALLBACK_COLORS, FALLBACK_KINDS, kindStyle } from '../../../../client/src/graph/kinds.js';

const seedKinds = (JSON.parse(readFileSync('seed/ontology.json', 'utf8')) as { labels: string[] })
  .labels;
/** The canvas backgrounds of styles.css (--canvas), light and dark. */
const BACKGROUNDS = ['#fbfbfc', '#1e1f24'];
/** Two colours this far apart (CIE76) read as different colours, not shades of one. */
const DISTINCT = 20;

/** Pairs of kinds that share a shape and whose colours are too close to tell apart. */
function confusable(kinds: readonly string[], order: readonly string[]): string[] {
  const out: string[] = [];
  kinds.forEach((a, i) => {
    for (const b of kinds.slice(i + 1)) {
      const x = kindStyle(a, order);
      const y = kindStyle(b, order);
      if (x.shape === y.shape && deltaE(x.color, y.color) < DISTINCT) out.push(`${a}/${b}`);
    }
  });
  return out;
}

/** Each pair of kinds a relationship of the seed joins, "A/B" (checked against the loaded seed in test/integration/seed/kind-links.test.ts). */
const seedLinks = (
  JSON.parse(
    readFileSync('test/unit/client/graph/fixtures/seed-kind-links.json', 'utf8'),
  ) as string[]
).map((p) => p.split('/') as [string, string]);
/** Under this CIEDE2000 difference two marks on a canvas read as one colour. */
const APART = 15;

/** CIE Lab hue angle, degrees. */
function hue(hex: string): number {
  const [, a, b] = lab(hex);
  const h = (Math.atan2(b, a) * 180) / Math.PI;
  return h < 0 ? h + 360 : h;
}

const unknown = Array.from({ length: 40 }, (_, i) => `Kind${i}`);

describe('kindStyle', () => {
  it('gives each of the seed kinds a (colour, shape) pair of its own', () => {
    const pairs = seedKinds.map((k) => {
      const s = kindStyle(k, seedKinds);
      return `${s.color} ${s.shape}`;
    });
    expect(seedKinds).toHaveLength(27);
    expect(new Set(pairs).size).toBe(seedKinds.length);
  });

  it('makes every two seed kinds differ in shape or clearly in colour', () => {
    expect(confusable(seedKinds, seedKinds)).toEqual([]);
  });

  it('places every seed kind in a role, none in the fallback', () => {
    const others = seedKinds.filter((k) => kindStyle(k, seedKinds).role === 'other');
    expect(others).toEqual([]);
  });

  it('colours every two kinds the seed links at least 15 ΔE (CIEDE2000) apart', () => {
    expect(seedLinks.length).toBeGreaterThan(100);
    const close = seedLinks
      .map(([a, b]) => {
        const e = deltaE2000(kindStyle(a, seedKinds).color, kindStyle(b, seedKinds).color);
        return { pair: `${a}/${b}`, e: Math.round(e * 10) / 10 };
      })
      .filter(({ e }) => e < APART);
    expect(close).toEqual([]);
  });

  it('keeps each role to its own range of hues, so the colour still says the role', () => {
    const ranges: Record<string, [number, number]> = {
      actor: [215, 295],
      thing: [100, 200],
      source: [25, 90],
      talk: [296, 350],
      measure: [50, 101],
      shock: [350, 406],
    };
    for (const k of seedKinds) {
      const s = kindStyle(k, seedKinds);
      const [lo, hi] = ranges[s.role] ?? [0, 0];
      const h = hue(s.color);
      expect((h >= lo && h <= hi) || (h + 360 >= lo && h + 360 <= hi), `${k} ${s.color} ${h}`).toBe(
        true,
      );
    }
  });

  it('gives different shapes to the kinds within one role', () => {
    const seen = new Map<string, string>();
    for (const k of seedKinds) {
      const s = kindStyle(k, seedKinds);
      const key = `${s.role} ${s.shape}`;
      expect(seen.get(key), `${k} shares ${key}`).toBeUndefined();
      seen.set(key, k);
    }
  });

  it('keeps a 3:1 contrast with the light and the dark canvas for every colour', () => {
    const colours = [...seedKinds.map((k) => kindStyle(k, seedKinds).color), ...FALLBACK_COLORS];
    for (const c of colours)
      for (const bg of BACKGROUNDS)
        expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('keeps 40 unknown kinds distinct from each other and from the seed kinds', () => {
    const order = [...seedKinds, ...unknown];
    expect(FALLBACK_KINDS).toBeGreaterThanOrEqual(40);
    expect(confusable(order, order)).toEqual([]);
    const pairs = unknown.map((k) => JSON.stringify(kindStyle(k, order)));
    expect(new Set(pairs).size).toBe(40);
  });

  it('gives an unknown kind the same look on every call, listed or not', () => {
    expect(kindStyle('Kind7', unknown)).toEqual(kindStyle('Kind7', unknown));
    expect(kindStyle('NeverListed')).toEqual(kindStyle('NeverListed'));
    expect(kindStyle('NeverListed').role).toBe('other');
  });

  it('reads a kind written with spaces, underscores or another case as the same kind', () => {
    expect(kindStyle('media_outlet')).toEqual(kindStyle('MediaOutlet'));
    expect(kindStyle('Organisation')).toEqual(kindStyle('Organization'));
  });
});
