import { describe, expect, it } from 'vitest';
import {
  labelBox,
  labelMetrics,
  pickLabels,
  type LabelCandidate,
} from '../../../../client/src/graph/labels.js';
import { SHORT_MAX, shortName } from '../../../../client/src/graph/elements.js';

const m = { fontSize: 12, maxWidth: 150 };
const node = (id: string, x: number, y: number, rank: number): LabelCandidate => ({
  id,
  x,
  y,
  radius: 13,
  text: 'A twenty-char label.',
  rank,
});

describe('pickLabels', () => {
  it('keeps the higher-ranked of two labels that would overlap', () => {
    const picked = pickLabels([node('low', 0, 0, 1), node('high', 20, 4, 9)], m, ['below']);
    expect([...picked.keys()]).toEqual(['high']);
  });

  it('names the selection and a highlighted path however crowded, the others giving way', () => {
    const crowd = [
      { ...node('picked', 0, 0, 1), always: true },
      node('above', 0, -30, 5),
      node('under', 0, 30, 5),
      node('left', -40, 0, 5),
      node('right', 40, 0, 5),
    ];
    const picked = pickLabels(crowd, m);
    expect(picked.get('picked')).toBe('below');
    expect(pickLabels(crowd.slice(1), m).size).toBeGreaterThan(0);
    // Without `always` the crowded node goes unnamed: the case this guards.
    expect(pickLabels([node('picked', 0, 0, 1), ...crowd.slice(1)], m).has('picked')).toBe(false);
  });

  it('keeps every label when none overlaps', () => {
    const picked = pickLabels([node('a', 0, 0, 1), node('b', 400, 0, 1), node('c', 0, 300, 1)], m);
    expect(picked.size).toBe(3);
  });

  it('leaves out a label that would cover another node', () => {
    const picked = pickLabels([node('a', 0, 0, 9), node('under', 0, 30, 1)], m, ['below']);
    expect(picked.has('a')).toBe(false);
  });

  it('puts a label above its node when a node under it is in the way', () => {
    const picked = pickLabels([node('a', 0, 0, 9), node('under', 0, 30, 1)], m);
    expect(picked.get('a')).toBe('above');
  });

  it('puts a label beside its node when nodes above and under are in the way', () => {
    const picked = pickLabels(
      [node('a', 0, 0, 9), node('under', 0, 30, 1), node('over', 0, -30, 1)],
      m,
    );
    expect(picked.get('a')).toBe('right');
  });

  it('moves a label to another side only inside the view', () => {
    const view = { x1: -20, y1: -100, x2: 400, y2: 100 };
    const picked = pickLabels(
      [node('a', 0, 0, 9), node('under', 0, 30, 1), node('over', 0, -30, 1)],
      m,
      undefined,
      view,
    );
    // Right is clear and inside; were the view to end at x 100, no side would do.
    expect(picked.get('a')).toBe('right');
    const narrow = pickLabels(
      [node('a', 0, 0, 9), node('under', 0, 30, 1), node('over', 0, -30, 1)],
      m,
      undefined,
      { ...view, x2: 100 },
    );
    expect(narrow.has('a')).toBe(false);
  });

  it('leaves a label out when no side has room', () => {
    const around = [
      node('under', 0, 30, 1),
      node('over', 0, -30, 1),
      node('east', 40, 0, 1),
      node('west', -40, 0, 1),
    ];
    expect(pickLabels([node('a', 0, 0, 9), ...around], m).has('a')).toBe(false);
  });

  it('keeps the label box on each side clear of its own node (radius 13)', () => {
    const a = node('a', 0, 0, 1);
    expect(labelBox(a, m, 'below').y1).toBeGreaterThan(13);
    expect(labelBox(a, m, 'above').y2).toBeLessThan(-13);
    expect(labelBox(a, m, 'right').x1).toBeGreaterThan(13);
    expect(labelBox(a, m, 'left').x2).toBeLessThan(-13);
  });

  it('draws nothing for an empty label', () => {
    expect(pickLabels([{ ...node('a', 0, 0, 1), text: '' }], m).size).toBe(0);
  });
});

describe('pickLabels at scale', () => {
  it('picks the same labels as checking every pair, in less time than that check, among thousands of nodes', () => {
    const m = labelMetrics(1);
    const candidates = Array.from({ length: 8_000 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 100) * 37 + ((i * 13) % 11),
      y: Math.floor(i / 100) * 29,
      radius: 5,
      text: `Node ${i}`,
      rank: (i * 7919) % 101,
    }));
    const t0 = performance.now();
    const fast = new Set(pickLabels(candidates, m, ['below']).keys());
    const ms = performance.now() - t0;
    // The rule itself, every pair checked.
    const t1 = performance.now();
    const order = [...candidates].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
    const placed: ReturnType<typeof labelBox>[] = [];
    const slow = new Set<string>();
    const over = (a: (typeof placed)[number], b: (typeof placed)[number]) =>
      a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    for (const c of order) {
      const box = labelBox(c, m);
      if (placed.some((p) => over(p, box))) continue;
      if (
        candidates.some(
          (n) =>
            n.id !== c.id &&
            over(
              { x1: n.x - n.radius, x2: n.x + n.radius, y1: n.y - n.radius, y2: n.y + n.radius },
              box,
            ),
        )
      )
        continue;
      placed.push(box);
      slow.add(c.id);
    }
    const everyPairMs = performance.now() - t1;
    expect([...fast].sort()).toEqual([...slow].sort());
    expect(fast.size).toBeGreaterThan(100);
    // A guard against the square's return, as a ratio to the square itself run
    // just now, so a busy machine slows both alike (no absolute time limit).
    expect(ms).toBeLessThan(everyPairMs);
  }, 60_000);
});

describe('short names', () => {
  it('names a crowded node by its short name where the whole one has no room', () => {
    const long = {
      ...node('a', 0, 0, 1),
      text: 'Ministry of External Affairs (India)',
      short: 'MEA',
    };
    // Nodes right and left of it, and off-centre above and under it: no side has room for the whole name.
    const crowd = [
      long,
      ...[
        [90, 0],
        [-90, 0],
        [60, 30],
        [60, -30],
      ].map(([x, y], i) => node(`o${i}`, x ?? 0, y ?? 0, 9)),
    ];
    const picked = pickLabels(crowd, m);
    expect(picked.get('a')).toMatch(/-short$/);
  });

  it('gives the whole name back where there is room for it', () => {
    const long = {
      ...node('a', 0, 0, 1),
      text: 'Ministry of External Affairs (India)',
      short: 'MEA',
    };
    expect(pickLabels([long], m).get('a')).toBe('below');
  });

  it('names more nodes of a crowd than whole names alone can', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => ({
      ...node(`n${i}`, (i % 6) * 70, Math.floor(i / 6) * 40, i),
      text: 'A name far longer than a short one',
    }));
    const whole = pickLabels(crowd, m, ['below', 'above', 'right', 'left']).size;
    expect(pickLabels(crowd, m).size).toBeGreaterThan(whole);
  });
});

describe('shortName', () => {
  it('keeps a short name as it is', () => {
    expect(shortName('Randhir Jaiswal')).toBe('Randhir Jaiswal');
  });

  it('takes the shortest alias that reads as a name, never a file name or a number', () => {
    expect(
      shortName('Ministry of External Affairs (India)', ['Ministry of External Affairs', 'MEA']),
    ).toBe('MEA');
    expect(shortName('India–China negotiations on magnets', ['000', '000_8e.txt'])).toBe(
      'India–China…',
    );
  });

  it('cuts a long name at a word, with an ellipsis, within SHORT_MAX characters', () => {
    const s = shortName('China grants rare-earth magnet import licences to Indian firms');
    expect(s).toBe('China grants…');
    expect(s.length).toBeLessThanOrEqual(SHORT_MAX);
  });
});
