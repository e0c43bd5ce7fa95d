/**
 * mulberry32: a tiny seeded PRNG, so the same size and seed always give the
 * same graph (benchmarks compare like with like across runs and machines).
 */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [0, n). */
    int: (n: number) => Math.floor(next() * n),
    /** An integer in [min, max]. */
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    /** Index in [0, n) with a heavy head: a few items get most of the picks. */
    skewed: (n: number, power = 3) => Math.min(n - 1, Math.floor(n * next() ** power)),
  };
}

export type Random = ReturnType<typeof createRandom>;
