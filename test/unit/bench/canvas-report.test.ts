import { describe, expect, it } from 'vitest';
import {
  allDrawnVerdict,
  canvasReport,
  firstDrawVerdict,
  panningVerdict,
  type CanvasRow,
} from '../../../bench/canvas-report.js';

const row = (over: Partial<CanvasRow> & Pick<CanvasRow, 'elements' | 'page'>): CanvasRow => ({
  drawn: over.elements,
  drawMs: 100,
  fps: 50,
  p95Ms: 20,
  ...over,
});

const run20k = (explorerFps: number, bareFps: number) => [
  row({ elements: 20_000, page: 'explorer, all drawn', fps: explorerFps }),
  row({ elements: 20_000, page: 'bare Cytoscape', fps: 8 }),
  row({ elements: 20_000, page: 'bare + viewport settings', fps: bareFps }),
];

describe('allDrawnVerdict', () => {
  it('is met at 30 fps or more with all 20k drawn', () => {
    expect(allDrawnVerdict(run20k(31, 40))).toMatch(/≥ 30 fps: met\.\*\* 31\.0 fps against 40\.0/);
  });

  it('is not met under 30 fps and gives the ratio to the bare page with the same settings', () => {
    const text = allDrawnVerdict(run20k(15, 20));
    expect(text).toContain('not met');
    expect(text).toContain('(0.75×)');
    expect(text).toContain('does not reach it either');
  });

  it('says not measured when the all-drawn row is missing', () => {
    expect(allDrawnVerdict([])).toContain('not measured');
  });
});

describe('firstDrawVerdict', () => {
  const rows = (own: number) => [
    row({ elements: 5_000, page: 'explorer', drawMs: own }),
    row({ elements: 5_000, page: 'bare Cytoscape', drawMs: 600 }),
    row({ elements: 5_000, page: 'bare + viewport settings', drawMs: 800 }),
  ];

  it('is met at exactly 1.5 times the bare default page', () => {
    expect(firstDrawVerdict(rows(900))).toMatch(/: met\*\* \(900 ms against 600 .* 1\.50×; 1\.13×/);
  });

  it('is not met past 1.5 times the bare default page', () => {
    expect(firstDrawVerdict(rows(1_619))).toContain('not met** (1,619 ms against 600');
  });
});

describe('panningVerdict', () => {
  it("names each size's fps beside both bare pages and what a capped page drew", () => {
    const text = panningVerdict([
      row({ elements: 1_000, page: 'explorer', fps: 58.8 }),
      row({ elements: 1_000, page: 'bare Cytoscape', fps: 56 }),
      row({ elements: 1_000, page: 'bare + viewport settings', fps: 55 }),
      row({ elements: 20_000, page: 'explorer', drawn: 4_999, fps: 51 }),
    ]);
    expect(text).toBe(
      '**Panning:** at 1k 58.8 fps (the bare pages 56.0 and 55.0); at 20k, drawing its 4,999 most relevant 51.0 fps.',
    );
  });
});

describe('canvasReport', () => {
  it('states the load average, the table rows and the three verdicts', () => {
    const rows = run20k(12, 20);
    const text = canvasReport(
      rows,
      { start: '2026-12-06T23:00:00.000Z', end: '2026-12-06T23:04:30.000Z', load: 1.234, cpus: 2 },
      ['A note.'],
    );
    expect(text).toContain('load average of 1.23 when it began');
    expect(text).toContain('2026-12-06 23:00–23:04 UTC');
    expect(text).toContain('| 20000 | explorer, all drawn | 20000 | 100 | 12.0 | 20 | – |');
    expect(text.match(/^- \*\*/gm)).toHaveLength(3);
  });
});
