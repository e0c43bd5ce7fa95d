import { z } from 'zod';

/** The largest upload the import dialog sends, in bytes of file (base64 makes it about a third more). */
export const IMPORT_MAX_FILE_BYTES = 20_000_000;

export const ImportFile = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .meta({ description: 'The file name as chosen (nodes.csv, data.xlsx, graph.gexf, …)' }),
  base64: z.string().max(Math.ceil((IMPORT_MAX_FILE_BYTES * 4) / 3) + 4),
});
export type ImportFile = z.infer<typeof ImportFile>;

export const ImportUpload = z
  .object({
    files: z.array(ImportFile).min(1).max(8),
    title: z.string().trim().min(1).max(120).optional().meta({
      description: "The dataset's title; without it, one from the first file's name",
    }),
  })
  .meta({ id: 'ImportUpload' });
export type ImportUpload = z.infer<typeof ImportUpload>;

/** One problem with the input, at its place (a sheet's cell, a line, an element). */
export const ImportProblem = z.object({
  place: z.string().meta({ description: 'The place in words: file, sheet, row, column, line…' }),
  file: z.string(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  line: z.number().int().nullable(),
  element: z.string().nullable(),
  message: z.string(),
  fix: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/** Which column of a sheet the importer took for which part. */
export const ImportSheetMapping = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  role: z.enum(['nodes', 'edges']),
  rows: z.number().int(),
  columns: z.record(z.string(), z.string()).meta({
    description: 'Part → column header: id, name, type, from, to, source, url, quote, date…',
  }),
  properties: z.array(z.string()).meta({ description: 'The other columns, kept as properties' }),
});
export type ImportSheetMapping = z.infer<typeof ImportSheetMapping>;

export const ImportPreview = z
  .object({
    token: z
      .string()
      .nullable()
      .meta({ description: 'Names the staged upload to load; null when it cannot be loaded' }),
    title: z.string(),
    dataset: z.string(),
    nodes: z.number().int(),
    relationships: z.number().int(),
    labels: z.record(z.string(), z.number().int()),
    types: z.record(z.string(), z.number().int()),
    mapping: z.array(ImportSheetMapping),
    problems: z.array(ImportProblem),
    notes: z.array(z.string()),
    replaces: z.object({ title: z.string(), nodes: z.number().int() }).meta({
      description: 'What the load replaces: the graph now shown',
    }),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportLoad = z
  .object({
    token: z.string().min(1).max(100),
    replace: z.literal(true).meta({ description: 'The confirmation that the graph is replaced' }),
  })
  .meta({ id: 'ImportLoad' });
export type ImportLoad = z.infer<typeof ImportLoad>;

export const ImportLoaded = z
  .object({
    dataset: z.string(),
    title: z.string(),
    nodes: z.number().int(),
    relationships: z.number().int(),
    millis: z.number().int(),
    checks: z
      .array(z.object({ name: z.string(), description: z.string(), passed: z.boolean() }))
      .meta({
        description: 'The integrity checks run on the loaded graph, as npm run seed runs them',
      }),
    backup: z.string().meta({
      description:
        'The previous graph as a Cypher dataset folder: POST /api/import/restore or npm run seed -- <folder> brings it back',
    }),
  })
  .meta({ id: 'ImportLoaded' });
export type ImportLoaded = z.infer<typeof ImportLoaded>;

export const ImportRestore = z
  .object({
    backup: z.string().min(1).max(100).meta({ description: 'A backup named by an import' }),
    replace: z.literal(true),
  })
  .meta({ id: 'ImportRestore' });
export type ImportRestore = z.infer<typeof ImportRestore>;

export const FtmExportQuery = z.object({
  ids: z.string().max(60_000).optional().meta({
    description:
      'Comma-separated node ids (at most 500): those nodes, their sources and the links among them; the whole dataset when absent',
  }),
});

export const FtmExport = z
  .object({
    entities: z
      .array(z.record(z.string(), z.unknown()))
      .meta({ description: 'FollowTheMoney entities, one a line when written as .ftm.json' }),
    unmapped: z.array(z.string()).meta({ description: 'Kinds no FtM schema fits, left out' }),
  })
  .meta({ id: 'FtmExport' });
export type FtmExport = z.infer<typeof FtmExport>;

/** What the import is doing now, for the dialog to show while it waits (polled). */
export const ImportStatus = z
  .object({
    phase: z.enum(['idle', 'reading', 'loading']),
    /** The file being read (reading), or null. */
    file: z.string().nullable(),
    /** Rows (a GraphML or GEXF file's elements, FtM's entities) read of `file` (reading), or statements run (loading). */
    done: z.number().int().nonnegative(),
    /** The statements to run (loading); rows are counted as they come, so null while reading. */
    total: z.number().int().nonnegative().nullable(),
    unit: z.enum(['rows', 'statements', 'elements', 'entities']),
  })
  .meta({ id: 'ImportStatus' });
export type ImportStatus = z.infer<typeof ImportStatus>;
