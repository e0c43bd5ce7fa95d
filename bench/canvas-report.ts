// docs/bench/canvas.md from one run of bench/canvas-scale.ts: the table and
// the verdicts, computed from the rows. Pure, so the verdicts are tested
// (test/unit/bench/canvas-report.test.ts) without a browser.

export const PAGES = [
  'explorer',
  'explorer, all drawn',
  'bare Cytoscape',
  'bare + viewport settings',
] as const;
export type PageKind = (typeof PAGES)[number];

export interface CanvasRow {
  elements: number;
  page: PageKind;
  drawn: number;
  drawMs: number;
  fps: number;
  p95Ms: number;
  fcoseMs?: number | undefined;
}

/** The targets. */
export const TARGET_FPS = 30;
export const FIRST_DRAW_RATIO = 1.5;
export const ALL_DRAWN_AT = 20_000;
export const FIRST_DRAW_AT = 5_000;

const find = (rows: readonly CanvasRow[], elements: number, page: PageKind) =>
  rows.find((r) => r.elements === elements && r.page === page);

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const ms = (x: number) => Math.round(x).toLocaleString('en-GB');

export function tableRow(r: CanvasRow): string {
  const layout = r.fcoseMs === undefined ? '–' : fmt(r.fcoseMs, 0);
  return `| ${r.elements} | ${r.page} | ${r.drawn} | ${fmt(r.drawMs, 0)} | ${fmt(r.fps)} | ${fmt(r.p95Ms, 0)} | ${layout} |`;
}

/** 20k all drawn: met at TARGET_FPS, else its ratio to the bare page with the same viewport settings. */
export function allDrawnVerdict(rows: readonly CanvasRow[]): string {
  const own = find(rows, ALL_DRAWN_AT, 'explorer, all drawn');
  const bare = find(rows, ALL_DRAWN_AT, 'bare + viewport settings');
  const plain = find(rows, ALL_DRAWN_AT, 'bare Cytoscape');
  if (!own || !bare) return `**20k, all drawn, ≥ ${TARGET_FPS} fps: not measured.**`;
  const met = own.fps >= TARGET_FPS;
  const parts = [
    `**20k, all drawn, ≥ ${TARGET_FPS} fps: ${met ? 'met' : 'not met'}.** ${fmt(own.fps)} fps`,
    `against ${fmt(bare.fps)} for the bare page with the same viewport settings (${fmt(own.fps / bare.fps, 2)}×)`,
  ];
  if (plain) parts.push(`and ${fmt(plain.fps)} for the bare default page`);
  const tail =
    bare.fps < TARGET_FPS ? ' The bare page with the same settings does not reach it either.' : '';
  return `${parts.join(' ')}.${tail}`;
}

/** 5k first draw within FIRST_DRAW_RATIO of the bare default page (the one the issue names). */
export function firstDrawVerdict(rows: readonly CanvasRow[]): string {
  const own = find(rows, FIRST_DRAW_AT, 'explorer');
  const bare = find(rows, FIRST_DRAW_AT, 'bare Cytoscape');
  const settings = find(rows, FIRST_DRAW_AT, 'bare + viewport settings');
  if (!own || !bare)
    return `**First draw at 5k within ${FIRST_DRAW_RATIO}× of the bare page: not measured.**`;
  const ratio = own.drawMs / bare.drawMs;
  const met = ratio <= FIRST_DRAW_RATIO;
  const also = settings
    ? `; ${fmt(own.drawMs / settings.drawMs, 2)}× against the bare page with the same viewport settings, ${ms(settings.drawMs)} ms`
    : '';
  return `**First draw at 5k within ${FIRST_DRAW_RATIO}× of the bare page: ${met ? 'met' : 'not met'}** (${ms(own.drawMs)} ms against ${ms(bare.drawMs)} for the default bare page, ${fmt(ratio, 2)}×${also}).`;
}

/** Panning at each size against both bare pages. */
export function panningVerdict(rows: readonly CanvasRow[]): string {
  const sizes = [...new Set(rows.map((r) => r.elements))].sort((a, b) => a - b);
  const parts = sizes.flatMap((n) => {
    const own = find(rows, n, 'explorer');
    if (!own) return [];
    const bare = [find(rows, n, 'bare Cytoscape'), find(rows, n, 'bare + viewport settings')]
      .filter((r): r is CanvasRow => r !== undefined)
      .map((r) => fmt(r.fps));
    const capped =
      own.drawn < n ? `, drawing its ${own.drawn.toLocaleString('en-GB')} most relevant` : '';
    const against = bare.length ? ` (the bare pages ${bare.join(' and ')})` : '';
    return [`at ${n / 1000}k${capped} ${fmt(own.fps)} fps${against}`];
  });
  return `**Panning:** ${parts.join('; ')}.`;
}

export interface RunInfo {
  /** ISO date-time the run began and ended. */
  start: string;
  end: string;
  /** 1-minute load average when it began, and the processor count. */
  load: number;
  cpus: number;
}

const HEADER = [
  '| elements | page | drawn | first draw ms | pan/zoom fps | p95 frame ms | fcose ms |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];

/** The whole file. `notes` are the run's fixed explanations (bench/canvas-scale.ts). */
export function canvasReport(
  rows: readonly CanvasRow[],
  run: RunInfo,
  notes: readonly string[],
): string {
  const minutes = (Date.parse(run.end) - Date.parse(run.start)) / 60_000;
  return [
    '# The canvas at 1k, 5k and 20k elements',
    '',
    `Written by \`npm run bench:canvas\` (bench/canvas-scale.ts) from its run of ${run.start.slice(0, 16).replace('T', ' ')}–${run.end.slice(11, 16)} UTC`,
    `(${fmt(minutes)} min), in headless Chromium without a GPU (software rendering), on a machine of ${run.cpus}`,
    `processors with a load average of ${fmt(run.load, 2)} when it began. The machine may be shared: compare the pages of one run, not runs.`,
    '',
    ...notes,
    '',
    ...HEADER,
    ...rows.map(tableRow),
    '',
    '## Verdicts',
    '',
    `- ${allDrawnVerdict(rows)}`,
    `- ${firstDrawVerdict(rows)}`,
    `- ${panningVerdict(rows)}`,
    '',
  ].join('\n');
}
