// Every format's reading reports its progress through the same callback the
// import dialog's status and npm run seed print: a workbook's rows per
// sheet, a GraphML or GEXF file's elements, an FtM file's entities.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOptions } from '../../../../core/import/options.js';
import { readGraphFile } from '../../../../server/import/graph-files.js';
import { readWorkbook } from '../../../../server/import/tables.js';
import type { ReadUnit } from '../../../../server/import/csv-stream.js';
import { projectRoot } from '../../../../server/project-paths.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'import');

type Report = [string, number, boolean, ReadUnit | undefined];

function recorder() {
  const reports: Report[] = [];
  return {
    reports,
    onRead: (file: string, n: number, done: boolean, unit?: ReadUnit) =>
      reports.push([file, n, done, unit]),
  };
}

describe('progress while reading', () => {
  it('a workbook reports the rows of each sheet as it finishes it', async () => {
    const { reports, onRead } = recorder();
    const tables = await readWorkbook(
      path.join(fixtures, 'workbook', 'magnet-buyers.xlsx'),
      'magnet-buyers.xlsx',
      onRead,
    );
    expect(tables.length).toBe(2);
    expect(reports).toEqual(
      tables.map((t) => [`magnet-buyers.xlsx, sheet "${t.name}"`, t.rows.length, true, undefined]),
    );
  });

  it.each([
    ['graphml/shipping.graphml', 'elements'],
    ['gexf/harbour.gexf', 'elements'],
    ['ftm/entities.ftm.json', 'entities'],
  ] as const)('%s reports its %s read when it starts and when it is read', (file, unit) => {
    const { reports, onRead } = recorder();
    const options = importOptions(undefined, 'progress');
    const batch = readGraphFile(path.join(fixtures, file), file, options, onRead);
    const total = batch.nodes.length + batch.edges.length;
    expect(total).toBeGreaterThan(3);
    expect(reports).toEqual([
      [file, 0, false, unit],
      [file, total, true, unit],
    ]);
  });
});
