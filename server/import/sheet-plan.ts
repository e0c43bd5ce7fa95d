/**
 * The first pass of a streamed CSV/TSV import: every sheet read once to type
 * its columns, index its ids (the ids and names only: an edge's ends are
 * checked against them), find the distinct sources and count what the load
 * will write, keeping no row. Every problem tablesToBatch would find is
 * found here, in the same order and at the same places, and refused before
 * anything is written.
 */
import { ImportError, type ImportProblem, type Place } from '../../core/import/batch.js';
import type { ImportOptions } from '../../core/import/options.js';
import { PROVENANCE_TYPE, SourceRegistry, SOURCE_LABEL } from '../../core/import/provenance.js';
import { ColumnTyper } from '../../core/import/values.js';
import {
  cellAt,
  columnsOf,
  edgeType,
  endProblem,
  fallbackLabelOf,
  GEPHI_DIRECTION,
  headerProblems,
  isBlank,
  noIdProblem,
  nodeIdentity,
  roleOf,
  unnamedSheetProblem,
  type RowPlan,
} from '../../core/import/rows.js';

/** A sheet as the first pass left it: its parts, its columns' types, its rows counted, none kept. */
export interface SheetPlan extends RowPlan {
  file: string;
  name: string;
  role: 'nodes' | 'edges';
  rows: number;
}

/** A sheet's rows in runs, the header being row 1 (csv-stream.ts). */
export type RowSource = () => AsyncIterable<{ row: number; cells: string[] }[]>;

export interface SheetInput {
  file: string;
  place: Place;
  name: string;
  /** The first pass's read (which reports progress), and the second's. */
  rows: RowSource;
  again: RowSource;
}

/** What the second pass needs: the sheets' plans, the ids' labels, the sources. */
export interface StreamPlan {
  sheets: (SheetPlan & { read: RowSource; first: RowSource })[];
  /** id → the label its relationships find it by. */
  ids: Map<string, string>;
  /** A node's name → its id (null when two nodes share it), as Kumu's connections name their ends. */
  names: Map<string, string | null>;
  sources: SourceRegistry;
  /** Whether any node row names a source (the second pass then writes the links). */
  links: boolean;
  labels: string[];
  counts: { nodes: number; relationships: number };
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  /** Rows per group of statement (nodes by labels, relationships by ends' labels and type). */
  groups: number[];
}

const CAP = 20;

function add(list: ImportProblem[], problem: ImportProblem): void {
  if (list.length < CAP) list.push(problem);
}

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

async function headerOf(rows: RowSource): Promise<string[]> {
  for await (const run of rows()) return run[0]?.cells ?? [];
  return [];
}

class Pass {
  // Kept apart so they are said in the order tablesToBatch finds them; each no longer than CAP.
  readonly header: ImportProblem[] = [];
  readonly rows: ImportProblem[] = [];
  readonly duplicates: ImportProblem[] = [];
  readonly edges: ImportProblem[] = [];
  readonly ids = new Map<string, string>();
  private readonly lastRow = new Map<string, number | undefined>();
  readonly names = new Map<string, string | null>();
  readonly nodeGroups = new Map<string, number>();
  readonly byLabel = new Map<string, number>();
  readonly edgeGroups = new Map<string, number>();
  readonly byType = new Map<string, number>();
  links = 0;
  edgeCount = 0;
  nodeCount = 0;
  constructor(
    readonly options: ImportOptions,
    readonly sources: SourceRegistry,
  ) {}

  find(key: string): string | undefined {
    return this.ids.has(key) ? key : (this.names.get(key) ?? undefined);
  }

  async readNodes(plan: SheetPlan, read: RowSource): Promise<void> {
    const typers = plan.header.map(() => new ColumnTyper(this.options.listSeparator));
    const { roles } = plan;
    if (roles.id === undefined && roles.name === undefined) {
      add(this.rows, unnamedSheetProblem(plan.place));
      return;
    }
    for await (const run of read()) {
      for (const { row, cells } of run) {
        if (row === 1) continue;
        plan.rows++;
        typers.forEach((t, i) => t.observe(cells[i] ?? ''));
        if (isBlank(cells)) continue;
        this.node(plan, row, cells);
      }
    }
    plan.shapes = typers.map((t) => t.shape());
  }

  private node(plan: SheetPlan, row: number, cells: string[]): void {
    const place = { ...plan.place, row };
    const identity = nodeIdentity(plan, cells, this.options);
    if (!identity) {
      add(this.rows, noIdProblem(plan, row));
      return;
    }
    const { id, labels, name } = identity;
    if (this.ids.has(id)) {
      const before = this.lastRow.get(id);
      add(this.duplicates, {
        place,
        message: `the id "${id}" is already used by ${before ? `row ${before}` : 'another node'}`,
        fix: 'give every node its own id',
      });
    }
    this.lastRow.set(id, row);
    const label = labels[0] ?? 'Entity';
    this.ids.set(id, label);
    this.names.set(name, this.names.has(name) ? null : id);
    this.nodeCount++;
    bump(this.nodeGroups, labels.join(':'));
    bump(this.byLabel, label);
    const { roles } = plan;
    const source = this.sources.sourceOf(
      {
        source: cellAt(cells, roles.source),
        url: cellAt(cells, roles.url),
        publisher: cellAt(cells, roles.publisher),
      },
      place,
    );
    if (source) {
      this.links++;
      bump(this.edgeGroups, `${label}\u0000${PROVENANCE_TYPE}\u0000${SOURCE_LABEL}`);
      bump(this.byType, PROVENANCE_TYPE);
    }
  }

  /** Reads an edge sheet; its groups are counted both ways until its Type column is known to be Gephi's. */
  async readEdges(plan: SheetPlan, read: RowSource): Promise<void> {
    const typers = plan.header.map(() => new ColumnTyper(this.options.listSeparator));
    const { roles } = plan;
    let gephi = roles.type !== undefined;
    const tallies = { plain: new Map<string, number>(), gephi: new Map<string, number>() };
    for await (const run of read()) {
      for (const { row, cells } of run) {
        if (row === 1) continue;
        plan.rows++;
        typers.forEach((t, i) => t.observe(cells[i] ?? ''));
        gephi &&= GEPHI_DIRECTION.test(cellAt(cells, roles.type) ?? 'directed');
        if (isBlank(cells)) continue;
        const ends = this.ends(plan, row, cells);
        if (!ends) continue;
        const [from, to] = ends;
        const key = (type: string) => `${this.ids.get(from)}\u0000${type}\u0000${this.ids.get(to)}`;
        bump(tallies.plain, key(edgeType({ ...plan, gephiType: false }, cells, this.options)));
        bump(tallies.gephi, key(edgeType({ ...plan, gephiType: true }, cells, this.options)));
        this.edgeCount++;
        this.sources.sourceOf(
          { source: cellAt(cells, roles.source), url: cellAt(cells, roles.url) },
          { ...plan.place, row },
        );
      }
    }
    plan.gephiType = gephi;
    plan.shapes = typers.map((t) => t.shape());
    for (const [k, n] of gephi ? tallies.gephi : tallies.plain) {
      bump(this.edgeGroups, k, n);
      bump(this.byType, k.split('\u0000')[1] ?? '', n);
    }
  }

  private ends(plan: SheetPlan, row: number, cells: string[]): [string, string] | undefined {
    const ids = (['from', 'to'] as const).map((role) => {
      const key = cellAt(cells, plan.roles[role]);
      const id = key === undefined ? undefined : this.find(key);
      if (id === undefined) add(this.edges, endProblem(plan, row, role, key));
      return id;
    });
    const [from, to] = ids;
    return from !== undefined && to !== undefined ? [from, to] : undefined;
  }
}

/** The first pass over every sheet; throws the ImportError tablesToBatch would throw. */
export async function planSheets(
  inputs: SheetInput[],
  options: ImportOptions,
): Promise<StreamPlan> {
  const sources = new SourceRegistry(options.dataset);
  const pass = new Pass(options, sources);
  const sheets: StreamPlan['sheets'] = [];
  for (const input of inputs) {
    const header = await headerOf(input.again);
    const role = roleOf(input.name, header, options);
    const { roles, taken } = columnsOf(header, role, options);
    sheets.push({
      file: input.file,
      place: input.place,
      name: input.name,
      read: input.again,
      first: input.rows,
      header,
      role,
      roles,
      taken,
      shapes: [],
      rows: 0,
      fallbackLabel: fallbackLabelOf(input.name, options),
      gephiType: false,
    });
  }
  const first: ImportProblem[] = [];
  if (!sheets.some((s) => s.role === 'nodes')) {
    first.push({
      place: sheets[0]?.place ?? { file: '(no file)' },
      message: 'no sheet of nodes was found (a sheet with an Id or Label column and no From/To)',
      fix: 'add a nodes sheet, or name it in the manifest under import.sheets.nodes',
    });
  }
  for (const s of sheets) for (const p of headerProblems(s.place, s.header)) add(pass.header, p);
  for (const s of sheets) if (s.role === 'nodes') await pass.readNodes(s, s.first);
  for (const s of sheets) if (s.role === 'edges') await pass.readEdges(s, s.first);
  const problems = [...first, ...pass.header, ...pass.rows, ...pass.duplicates, ...pass.edges];
  if (problems.length > 0) throw new ImportError(problems.slice(0, CAP));
  for (const n of sources.nodes) {
    pass.ids.set(n.id, SOURCE_LABEL);
    bump(pass.nodeGroups, n.labels.join(':'));
    bump(pass.byLabel, n.labels[0] ?? SOURCE_LABEL);
  }
  return {
    sheets,
    ids: pass.ids,
    names: pass.names,
    sources,
    links: pass.links > 0,
    labels: [...new Set(pass.ids.values())].sort(),
    counts: {
      nodes: pass.nodeCount + sources.nodes.length,
      relationships: pass.links + pass.edgeCount,
    },
    byLabel: Object.fromEntries(pass.byLabel),
    byType: Object.fromEntries(pass.byType),
    groups: [...pass.nodeGroups.values(), ...pass.edgeGroups.values()],
  };
}
