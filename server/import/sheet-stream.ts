/**
 * The second pass of a streamed CSV/TSV import: the sheets read again and
 * their rows made into statements as they come, a buffer of rows per group
 * (stream-cypher.ts), so the load's transaction runs them while the rest is
 * still being read. Nodes first (the rows, then the sources the first pass
 * found), then the links of nodes to their sources (the node sheets read a
 * third time, only when they name sources), then the relationships.
 */
import { ident } from '../../core/dataset/profile.js';
import { ImportError, type ImportEdge, type ImportNode } from '../../core/import/batch.js';
import {
  edgeStatement,
  nodeStatement,
  ROWS_PER_STATEMENT,
  type ImportStatement,
} from '../../core/import/cypher.js';
import type { ImportOptions } from '../../core/import/options.js';
import { edgeOf, edgeTaken, cellAt, isBlank, nodeOf } from '../../core/import/rows.js';
import type { SheetPlan, StreamPlan } from './sheet-plan.js';
import { Batcher, statementCount } from './stream-cypher.js';

/** The schema statements: an id index per label relationships find their ends by, then a wait for them. */
export function schemaStatements(plan: StreamPlan): ImportStatement[] {
  const statements: ImportStatement[] = plan.labels.map((l) => ({
    kind: 'schema',
    text: `CREATE INDEX ${ident(`import_${l}_id`)} IF NOT EXISTS FOR (n:${ident(l)}) ON (n.id)`,
    what: `the id index of ${l}`,
    index: `import_${l}_id`,
  }));
  if (plan.labels.length > 0) {
    statements.push({ kind: 'schema', text: 'CALL db.awaitIndexes(300)', what: 'the id indexes' });
  }
  return statements;
}

/** How many data statements the second pass makes. */
export function dataStatementCount(plan: StreamPlan, size = ROWS_PER_STATEMENT): number {
  return statementCount(plan.groups, size);
}

function changed(plan: SheetPlan, row: number): ImportError {
  return new ImportError([
    {
      place: { ...plan.place, row },
      message: 'the file changed while it was being loaded',
      fix: 'load it again once it is saved',
    },
  ]);
}

async function* nodeRows(
  plan: StreamPlan,
  options: ImportOptions,
): AsyncGenerator<{ node: ImportNode; link: ImportEdge | undefined }> {
  for (const sheet of plan.sheets) {
    if (sheet.role !== 'nodes') continue;
    for await (const run of sheet.read()) {
      for (const { row, cells } of run) {
        if (row === 1 || isBlank(cells)) continue;
        const made = nodeOf(sheet, row, cells, options, plan.sources);
        if (!made || !plan.ids.has(made.node.id)) throw changed(sheet, row);
        yield made;
      }
    }
  }
}

function endsOf(plan: StreamPlan, sheet: SheetPlan, row: number, cells: string[]) {
  const find = (key: string | undefined) =>
    key === undefined ? undefined : plan.ids.has(key) ? key : (plan.names.get(key) ?? undefined);
  const from = find(cellAt(cells, sheet.roles.from));
  const to = find(cellAt(cells, sheet.roles.to));
  if (from === undefined || to === undefined) throw changed(sheet, row);
  return { from, to };
}

/** The data statements of a planned import, made as the sheets are read again. */
export async function* streamStatements(
  plan: StreamPlan,
  options: ImportOptions,
  size = ROWS_PER_STATEMENT,
): AsyncGenerator<ImportStatement> {
  const nodes = new Batcher<ImportNode>(size, (group) => nodeStatement(group));
  for await (const { node } of nodeRows(plan, options)) {
    const full = nodes.add(node.labels.join(':'), node);
    if (full) yield full;
  }
  for (const source of plan.sources.nodes) {
    const full = nodes.add(source.labels.join(':'), source);
    if (full) yield full;
  }
  yield* nodes.drain();

  const label = (id: string) => plan.ids.get(id) ?? 'Entity';
  const edges = new Batcher<ImportEdge>(size, (group) => {
    const first = group[0];
    return edgeStatement(group, label(first?.from ?? ''), label(first?.to ?? ''));
  });
  const add = (e: ImportEdge) =>
    edges.add(`${label(e.from)}\u0000${e.type}\u0000${label(e.to)}`, e);
  if (plan.links) {
    for await (const { link } of nodeRows(plan, options)) {
      const full = link && add(link);
      if (full) yield full;
    }
  }
  for (const sheet of plan.sheets) {
    if (sheet.role !== 'edges') continue;
    const taken = edgeTaken(sheet);
    for await (const run of sheet.read()) {
      for (const { row, cells } of run) {
        if (row === 1 || isBlank(cells)) continue;
        const ends = endsOf(plan, sheet, row, cells);
        const full = add(edgeOf(sheet, taken, row, cells, ends, options, plan.sources));
        if (full) yield full;
      }
    }
  }
  yield* edges.drain();
}
