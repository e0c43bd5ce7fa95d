/**
 * What a manifest (ontology.json) may say about importing, under `import`:
 * which column plays which part, the list separator, the label attribute of
 * GraphML and GEXF. A second load then needs no questions.
 */
import { z } from 'zod';

const column = z.string().min(1);

export const importOptionsSchema = z
  .object({
    /** Splits a cell into a list (Kumu's multi-value fields use "|"). */
    listSeparator: z.string().min(1).default('|'),
    /** Which sheet or file holds what, by name; otherwise told from the names and the headers. */
    sheets: z.object({ nodes: z.string().optional(), edges: z.string().optional() }).default({}),
    nodes: z
      .object({
        id: column.optional(),
        name: column.optional(),
        type: column.optional(),
        source: column.optional(),
        url: column.optional(),
        quote: column.optional(),
        defaultLabel: z.string().optional(),
      })
      .default({}),
    edges: z
      .object({
        from: column.optional(),
        to: column.optional(),
        type: column.optional(),
        source: column.optional(),
        url: column.optional(),
        quote: column.optional(),
        defaultType: z.string().default('RELATED_TO'),
      })
      .default({ defaultType: 'RELATED_TO' }),
    /** GraphML and GEXF: the node attribute that names a node's label (kind). */
    labelAttribute: z.string().optional(),
    /** Text files that are not UTF-8 or UTF-16 with a byte-order mark. */
    encoding: z.enum(['utf-8', 'latin1']).optional(),
  })
  .default({
    listSeparator: '|',
    sheets: {},
    nodes: {},
    edges: { defaultType: 'RELATED_TO' },
  });

export type ImportOptions = z.output<typeof importOptionsSchema> & {
  /** Prefixes the ids of the Source nodes the import makes, so two datasets never share one. */
  dataset: string;
};

/** The options a manifest's parsed JSON carries (or the defaults), for the dataset `dataset`. */
export function importOptions(manifest: unknown, dataset: string): ImportOptions {
  const raw =
    typeof manifest === 'object' && manifest !== null && 'import' in manifest
      ? manifest.import
      : undefined;
  return { ...importOptionsSchema.parse(raw), dataset };
}

/** As importOptions, saying what is wrong (`import.listSeparator: …`) instead of throwing. */
export function parseImportOptions(
  manifest: unknown,
  dataset: string,
): { success: true; data: ImportOptions } | { success: false; error: string } {
  const raw =
    typeof manifest === 'object' && manifest !== null && 'import' in manifest
      ? manifest.import
      : undefined;
  const parsed = importOptionsSchema.safeParse(raw);
  if (parsed.success) return { success: true, data: { ...parsed.data, dataset } };
  const issues = parsed.error.issues.map((i) => `import.${i.path.join('.')}: ${i.message}`);
  return { success: false, error: issues.join('; ') };
}
