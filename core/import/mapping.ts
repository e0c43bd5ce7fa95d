/**
 * What the importer guessed of each sheet, in words a person checks before
 * loading: which column is the id, the name, the type, the ends of a link,
 * the source, and which hold dates. The same guesses tablesToBatch makes.
 */
import { edgeColumns, nodeColumns } from './columns.js';
import type { ImportOptions } from './options.js';
import { tableRole, type Table } from './table.js';
import { inferColumns } from './values.js';

export interface SheetMapping {
  file: string;
  sheet: string | null;
  role: 'nodes' | 'edges';
  rows: number;
  /** Part → the column's header. */
  columns: Record<string, string>;
  /** Columns kept as properties. */
  properties: string[];
}

export function sheetMapping(table: Table, options: ImportOptions): SheetMapping {
  const role = tableRole(table, options);
  const { roles, taken } =
    role === 'nodes' ? nodeColumns(table.header, options) : edgeColumns(table.header, options);
  const columns: Record<string, string> = {};
  for (const [part, i] of Object.entries(roles)) {
    const header = table.header[i];
    if (header !== undefined) columns[part] = header;
  }
  const shapes = inferColumns(
    table.header,
    table.rows.map((r) => r.cells),
    options.listSeparator,
  );
  const dates = table.header.filter((h, i) => !taken.has(i) && shapes[i]?.type === 'date');
  if (dates.length > 0) columns.date = dates.join(', ');
  return {
    file: table.place.file,
    sheet: table.place.sheet ?? null,
    role,
    rows: table.rows.length,
    columns,
    properties: table.header.filter((h, i) => !taken.has(i) && h.trim() !== ''),
  };
}
