// What the Cypher editor offers as one types: labels after ":" in a node
// pattern, relationship types after ":" in a relationship pattern, property
// keys after ".", keywords elsewhere. All names come from /api/schema.

export interface SchemaNames {
  labels: readonly string[];
  types: readonly string[];
  propertyKeys: readonly string[];
}

export interface CompletionItem {
  label: string;
  type: 'class' | 'type' | 'property' | 'keyword';
  detail?: string;
}

export const KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'DISTINCT',
  'UNWIND',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'IS NULL',
  'IS NOT NULL',
  'CONTAINS',
  'STARTS WITH',
  'ENDS WITH',
  'COUNT',
  'COLLECT',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'shortestPath',
  'allShortestPaths',
  'EXISTS',
  'CALL',
  'YIELD',
  'UNION',
  'DESC',
  'ASC',
];

/**
 * Completions for the text before the cursor: where the word being typed
 * starts, and what fits there. undefined when nothing should pop up.
 */
export function completeCypher(
  before: string,
  names: SchemaNames,
  explicit = false,
): { from: number; options: CompletionItem[] } | undefined {
  const colon = /(?::|\|\s*:?)`?([A-Za-z_]\w*)?$/.exec(before);
  if (colon) {
    const from = before.length - (colon[1]?.length ?? 0);
    // Inside [...] it is a relationship type, inside (...) a label.
    const lastOpen = Math.max(before.lastIndexOf('('), before.lastIndexOf('['));
    const inRel = lastOpen >= 0 && before[lastOpen] === '[' && before.lastIndexOf(']') < lastOpen;
    const pipe = /\|\s*:?`?\w*$/.test(before);
    const options =
      inRel || pipe
        ? names.types.map((t) => ({ label: t, type: 'type' as const, detail: 'relationship type' }))
        : names.labels.map((l) => ({ label: l, type: 'class' as const, detail: 'label' }));
    return { from, options };
  }
  const dot = /[A-Za-z_]\w*\.([A-Za-z_]\w*)?$/.exec(before);
  if (dot) {
    const from = before.length - (dot[1]?.length ?? 0);
    return {
      from,
      options: names.propertyKeys.map((k) => ({
        label: k,
        type: 'property' as const,
        detail: 'property',
      })),
    };
  }
  const word = /[A-Za-z_]\w*$/.exec(before);
  if (!word && !explicit) return undefined;
  const from = before.length - (word?.[0].length ?? 0);
  return {
    from,
    options: [
      ...KEYWORDS.map((k) => ({ label: k, type: 'keyword' as const })),
      ...names.labels.map((l) => ({ label: l, type: 'class' as const, detail: 'label' })),
    ],
  };
}

/** The document range to mark for an error at a 1-based line and column. */
export function errorRange(
  doc: string,
  line: number,
  column: number,
): { from: number; to: number } {
  const lines = doc.split('\n');
  let from = 0;
  for (let i = 0; i < Math.min(line - 1, lines.length - 1); i++)
    from += (lines[i]?.length ?? 0) + 1;
  const text = lines[Math.min(line - 1, lines.length - 1)] ?? '';
  const col = Math.max(0, Math.min(column - 1, text.length));
  from += col;
  // Mark the token at the position (or one character), so it shows even at a line's end.
  const rest = text.slice(col);
  const token = /^[\w$`]+/.exec(rest)?.[0].length ?? 1;
  const to = Math.min(doc.length, from + Math.max(1, token));
  return {
    from: Math.min(from, Math.max(0, doc.length - 1)),
    to: Math.max(to, Math.min(from + 1, doc.length)),
  };
}
