/**
 * The import dialog's work on the server: an upload is staged and read as
 * `npm run seed -- <folder>` reads it, and previewed (counts, the mapping
 * guessed, every problem at its place) without touching the graph; a
 * confirmed load first exports the graph as it is to a Cypher dataset folder
 * (the backup a restore loads back), then replaces the graph in the loader's
 * one transaction, runs the integrity checks and shows the new dataset.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  ImportLoaded,
  ImportPreview,
  ImportStatus,
  ImportUpload,
  User,
} from '../../contract/index.js';
import type { SheetMapping } from '../../core/import/mapping.js';
import { profileFromManifest } from '../../core/dataset/profile.js';
import { ApiError, StartupError } from '../errors.js';
import { exportGraph } from '../export/export.js';
import type { GraphContext } from '../graph/context.js';
import { datasetInfo } from '../graph/dataset-info.js';
import { SEED_LOAD_LABEL } from '../graph/bookkeeping.js';
import { runChecks } from '../loader/checks.js';
import { readDataset, type Dataset } from '../loader/dataset.js';
import { loadDataset, type LoadResult } from '../loader/loader.js';
import { readProfile } from '../loader/manifest.js';
import { readImportDataset, type ImportedDataset } from './dataset.js';
import { carryOver } from './carry-over.js';
import { loadImported } from './load.js';
import { stageUpload, type Staged } from './stage.js';
import { problemsOf, withDeadline } from './problems.js';

/** Reading an upload (parsing, typing, the Cypher) may take this long. */
const READ_DEADLINE_MS = 60_000;
/** The load's transaction; Neo4j rolls it back past it. */
const LOAD_DEADLINE_MS = 600_000;
/** An upload previewed and not loaded is forgotten after this. */
const STAGED_TTL_MS = 30 * 60_000;
const MAX_STAGED = 4;

export interface ImportServiceOptions {
  /** Where uploads (`uploads/`) and backups (`backups/`) are kept. */
  root: string;
}

interface Pending {
  staged: Staged;
  imported: ImportedDataset;
  at: number;
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');

const IDLE: ImportStatus = { phase: 'idle', file: null, done: 0, total: null, unit: 'rows' };

export class ImportService {
  private readonly pending = new Map<string, Pending>();
  private busy = false;
  /** What a read or a load is doing now (GET /api/import/status). */
  private progress: ImportStatus = IDLE;

  constructor(
    private readonly ctx: GraphContext,
    private readonly options: ImportServiceOptions,
  ) {}

  status(): ImportStatus {
    return this.progress;
  }

  /** The progress of `work` as it goes, back to idle when it ends. */
  private async reporting<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      this.progress = IDLE;
    }
  }

  private get uploads() {
    return path.join(this.options.root, 'uploads');
  }
  private get backups() {
    return path.join(this.options.root, 'backups');
  }

  /** Forgets uploads past their time, and the oldest beyond the few kept. */
  private prune(now = Date.now()): void {
    const entries = [...this.pending.values()].sort((a, b) => a.at - b.at);
    entries.forEach((p, i) => {
      if (now - p.at > STAGED_TTL_MS || i < entries.length - (MAX_STAGED - 1)) {
        this.pending.delete(p.staged.token);
        rmSync(p.staged.dir, { recursive: true, force: true });
      }
    });
  }

  private async current(): Promise<ImportPreview['replaces']> {
    const info = await datasetInfo(this.ctx);
    const { records } = await this.ctx.read(
      'MATCH (n) WHERE NOT n:_Private AND NOT n:_SeedLoad AND NOT n:_GraphEdits RETURN count(n) AS n',
    );
    return { title: info.title, nodes: Number(records[0]?.get('n') ?? 0) };
  }

  async preview(upload: ImportUpload): Promise<ImportPreview> {
    this.prune();
    const staged = stageUpload(this.uploads, upload);
    const mapping: SheetMapping[] = [];
    const base = {
      title: staged.title,
      dataset: staged.dataset,
      replaces: await this.current(),
    };
    try {
      const imported = await withDeadline(
        (signal) =>
          this.reporting(() =>
            readImportDataset(
              staged.dir,
              (sheets) =>
                mapping.push(...sheets.map((m) => ({ ...m, file: path.basename(m.file) }))),
              (file, rows, _done, unit = 'rows') => {
                // Past the deadline the read stops here; the request was answered already.
                signal.throwIfAborted();
                this.progress = {
                  phase: 'reading',
                  file: path.basename(file),
                  done: rows,
                  total: null,
                  unit,
                };
              },
            ),
          ),
        READ_DEADLINE_MS,
        'Reading the files',
      );
      this.pending.set(staged.token, { staged, imported, at: Date.now() });
      return {
        ...base,
        token: staged.token,
        nodes: imported.counts.nodes,
        relationships: imported.counts.relationships,
        labels: imported.byLabel,
        types: imported.byType,
        mapping,
        problems: [],
        notes: imported.notes.map((n) =>
          n.replaceAll(`${path.relative(process.cwd(), staged.dir)}${path.sep}`, ''),
        ),
      };
    } catch (error) {
      rmSync(staged.dir, { recursive: true, force: true });
      const problems = problemsOf(error, upload.files[0]?.name ?? '');
      if (!problems) throw error;
      const empty = { nodes: 0, relationships: 0, labels: {}, types: {} };
      return { ...base, ...empty, token: null, mapping, problems, notes: [] };
    }
  }

  /** The graph as it is, as a Cypher dataset folder under backups/; its name. */
  private async backup(): Promise<string> {
    const name = `backup-${stamp()}-${Math.random().toString(36).slice(2, 6)}`;
    const exported = await exportGraph(this.ctx.driver, this.ctx.database, this.ctx.profile);
    const dir = path.join(this.backups, name);
    for (const f of exported.files) {
      mkdirSync(path.dirname(path.join(dir, f.name)), { recursive: true });
      writeFileSync(path.join(dir, f.name), f.content);
    }
    return name;
  }

  /** One load or restore at a time: a second would replace the first half-way through the dialog. */
  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) {
      throw new ApiError('CONFLICT', 'Another import is loading now: wait for it, then try again.');
    }
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }

  private async finish(
    dataset: Dataset,
    result: LoadResult,
    backup: string,
    user: User,
  ): Promise<ImportLoaded> {
    await this.ctx.driver.executeQuery(
      `MATCH (m:${SEED_LOAD_LABEL} {dataset: $dataset})
       SET m.importedBy = $user, m.importedAt = datetime(), m.backup = $backup, m.title = $title`,
      { dataset: dataset.name, user: user.name, backup, title: this.ctx.profile.title ?? null },
      { database: this.ctx.database },
    );
    this.ctx.invalidate?.();
    const checks = await runChecks(this.ctx.driver, this.ctx.database, dataset);
    const count = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    return {
      dataset: dataset.name,
      title: this.ctx.profile.title ?? dataset.name,
      nodes: count(result.nodesByLabel),
      relationships: count(result.relationshipsByType),
      millis: result.millis,
      checks: checks.map((c) => ({ name: c.name, description: c.description, passed: c.passed })),
      backup,
    };
  }

  private failed(error: unknown): never {
    if (error instanceof StartupError) {
      throw new ApiError('INVALID_INPUT', `${error.message} ${error.hint}`, undefined, {
        cause: error,
      });
    }
    throw error;
  }

  async load(token: string, user: User): Promise<ImportLoaded> {
    this.prune();
    const pending = this.pending.get(token);
    if (!pending) {
      throw new ApiError(
        'NOT_FOUND',
        'That upload is no longer kept (uploads are kept 30 minutes): choose the files again.',
      );
    }
    return this.exclusive(async () => {
      const backup = await this.backup();
      const result = await this.reporting(() =>
        loadImported(this.ctx.driver, this.ctx.database, pending.imported, {
          force: true,
          textsDir: null,
          replaceGraph: true,
          timeoutMs: LOAD_DEADLINE_MS,
          onProgress: (done, total) => {
            this.progress = { phase: 'loading', file: null, done, total, unit: 'statements' };
          },
          inTransaction: carryOver({
            name: backup,
            backedUp: true,
            title: pending.staged.title,
            by: user.name,
          }),
        }),
      ).catch((e: unknown) => this.failed(e));
      this.pending.delete(token);
      this.ctx.profile = {
        ...profileFromManifest(pending.staged.manifest),
        id: pending.staged.dataset,
      };
      return this.finish(pending.imported.dataset, result, backup, user);
    });
  }

  /** Loads a backup back in place of the graph (itself backed up first). */
  async restore(name: string, user: User): Promise<ImportLoaded> {
    const dir = path.join(this.backups, name);
    if (!/^backup-[\w-]+$/.test(name) || !existsSync(dir)) {
      throw new ApiError('NOT_FOUND', `No backup named "${name}": the import's answer names it.`);
    }
    return this.exclusive(async () => {
      const dataset = readDataset(dir);
      const profile = readProfile(dir);
      const backup = await this.backup();
      const result = await loadDataset(this.ctx.driver, this.ctx.database, dataset, {
        force: true,
        replaceGraph: true,
        timeoutMs: LOAD_DEADLINE_MS,
        // The drafts this backup's import closed come back open with the graph they were made on.
        inTransaction: carryOver({
          name: backup,
          backedUp: true,
          title: profile.title ?? dataset.name,
          by: user.name,
          restoring: name,
        }),
      }).catch((e: unknown) => this.failed(e));
      this.ctx.profile = profile;
      return this.finish(dataset, result, backup, user);
    });
  }
}
