// What the import dialog shows of a sheet: the columns taken for each part
// (Kumu's and Gephi's names), the date columns and the rest as properties.
import { describe, expect, it } from 'vitest';
import { sheetMapping } from '../../../../core/import/mapping.js';
import { importOptions } from '../../../../core/import/options.js';
import type { Table } from '../../../../core/import/table.js';

const options = importOptions(undefined, 'test');
const table = (name: string, header: string[], rows: string[][]): Table => ({
  place: { file: `${name}.csv` },
  name,
  header,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe('a sheet’s mapping', () => {
  it('names Kumu element columns and the date column, the rest properties', () => {
    const m = sheetMapping(
      table(
        'elements',
        ['Label', 'Type', 'Founded', 'Notes'],
        [['Lotus', 'Company', '2025-05', 'x']],
      ),
      options,
    );
    expect(m).toMatchObject({
      role: 'nodes',
      rows: 1,
      columns: { name: 'Label', type: 'Type', date: 'Founded' },
      properties: ['Founded', 'Notes'],
    });
  });

  it('takes Gephi’s Source and Target as the ends of an edges sheet', () => {
    const m = sheetMapping(
      table('edges', ['Source', 'Target', 'Weight'], [['a', 'b', '1']]),
      options,
    );
    expect(m.role).toBe('edges');
    expect(m.columns).toEqual({ from: 'Source', to: 'Target' });
    expect(m.properties).toEqual(['Weight']);
  });
});
