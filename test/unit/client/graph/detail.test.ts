import { describe, expect, it } from 'vitest';
import {
  HUGE_NAMES_ZOOM,
  commonSizes,
  onlyPickedNames,
  startsUnnamed,
} from '../../../../client/src/graph/detail.js';
import { LABEL_MAX_WIDTH, LABEL_PX } from '../../../../client/src/graph/labels.js';
import {
  HUGE_GRAPH,
  HUGE_MIN_LABEL_PX,
  MIN_NODE_PX,
  NODE_SIZE,
} from '../../../../client/src/graph/style.js';
import { LARGE_GRAPH } from '../../../../client/src/graph/viewport.js';

const label = { px: LABEL_PX, maxWidth: LABEL_MAX_WIDTH };

describe('onlyPickedNames', () => {
  it('holds past HUGE_GRAPH elements below the zoom where names reach the huge minimum', () => {
    expect(onlyPickedNames(HUGE_GRAPH + 1, 0.5)).toBe(true);
    expect(onlyPickedNames(HUGE_GRAPH + 1, HUGE_NAMES_ZOOM)).toBe(false);
    expect(onlyPickedNames(HUGE_GRAPH, 0.5)).toBe(false);
  });

  it('agrees with the stylesheet: below its zoom a name is under HUGE_MIN_LABEL_PX on screen', () => {
    expect(LABEL_PX * HUGE_NAMES_ZOOM).toBeCloseTo(HUGE_MIN_LABEL_PX);
  });
});

describe('startsUnnamed', () => {
  it('holds past LARGE_GRAPH elements only', () => {
    expect(startsUnnamed(LARGE_GRAPH)).toBe(false);
    expect(startsUnnamed(LARGE_GRAPH + 1)).toBe(true);
  });
});

describe('commonSizes', () => {
  it('up to HUGE_GRAPH follows the zoom exactly', () => {
    expect(commonSizes(0.2, HUGE_GRAPH, label)).toEqual({
      node: MIN_NODE_PX / 0.2,
      font: LABEL_PX / 0.2,
      maxWidth: LABEL_MAX_WIDTH / 0.2,
    });
    expect(commonSizes(2, HUGE_GRAPH, label)).toEqual({
      node: NODE_SIZE,
      font: LABEL_PX,
      maxWidth: LABEL_MAX_WIDTH,
    });
  });

  it('past HUGE_GRAPH keeps nodes at least MIN_NODE_PX and names at most LABEL_PX on screen, each within 19 %', () => {
    for (const z of [0.1, 0.13, 0.21, 0.37, 0.5, 0.77, 0.95]) {
      const s = commonSizes(z, HUGE_GRAPH + 1, label);
      expect(s.node * z).toBeGreaterThanOrEqual(MIN_NODE_PX - 1e-9);
      expect(s.node).toBeLessThan(Math.max(NODE_SIZE + 1e-9, (MIN_NODE_PX * 1.19) / z));
      expect(s.font * z).toBeLessThanOrEqual(LABEL_PX + 1e-9);
      expect(s.font * z).toBeGreaterThan(LABEL_PX / 1.19);
    }
  });

  it('past HUGE_GRAPH gives the same sizes for zooms within one step, so nothing is rewritten', () => {
    const huge = HUGE_GRAPH + 1;
    expect(commonSizes(0.2, huge, label)).toEqual(commonSizes(0.205, huge, label));
    expect(commonSizes(0.2, huge, label)).not.toEqual(commonSizes(0.25, huge, label));
  });
});
