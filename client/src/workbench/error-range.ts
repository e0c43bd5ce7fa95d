// Where in the editor a server-reported Cypher error (1-based line and column) goes.

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
