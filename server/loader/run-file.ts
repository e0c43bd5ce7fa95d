// Running a dataset file's statements inside the load's transaction:
// pipelined on Bolt, with at most IN_FLIGHT unanswered, and a refusal
// named by its file and line (SeedError).
import type { Transaction } from '../neo4j/driver.js';
import { neo4jMessage } from '../neo4j/errors.js';
import { StartupError } from '../errors.js';
import type { CypherFile } from './dataset.js';
import type { ScriptStep } from './statements.js';

export class SeedError extends StartupError {
  readonly file: string;
  readonly line: number;
  /** What the refused statement writes, when it was generated (an import's rows). */
  what: string | undefined;
  constructor(file: string, line: number, neo4jMessage: string, options?: ErrorOptions) {
    super(
      'SEED_FAILED',
      `${file}:${line}: Neo4j refused the statement: ${neo4jMessage}; ${whatToDo(neo4jMessage)}.`,
      'The data in the graph was left exactly as it was.',
      options,
    );
    this.file = file;
    this.line = line;
  }
}

function whatToDo(message: string): string {
  const missing = /Expected parameter\(s\): (.+)/.exec(message);
  if (missing?.[1]) {
    return `set ${missing[1]} before that line with :param ${missing[1].split(',')[0]} => <value>`;
  }
  return 'fix the Cypher at that line and load again';
}

type DataStep = Extract<ScriptStep, { kind: 'data' | 'param' }>;

/** Statements sent before their answers are read: enough to keep Bolt busy, few enough to hold. */
const IN_FLIGHT = 64;

/** A file's steps, then those it produces as the load runs. */
async function* stepsOf(file: CypherFile): AsyncGenerator<ScriptStep> {
  yield* file.steps;
  if (file.produced) yield* file.produced.steps();
}

/**
 * Sends a file's statements without waiting for each answer (Bolt
 * pipelines them, which halves the load time), then reads the answers in
 * order, so the first failure is the statement that caused it. A :param
 * step waits for what came before, since its value feeds what comes after.
 * At most IN_FLIGHT are unanswered, so statements produced as the load
 * runs are not all held at once.
 */
export async function runFile(
  tx: Transaction,
  file: CypherFile,
  params: Record<string, unknown>,
  tick: () => void,
): Promise<void> {
  let pending: { step: DataStep; failure: Promise<unknown> }[] = [];
  const settle = async () => {
    for (const { step, failure } of pending) {
      const error = await failure;
      if (error !== undefined) {
        // Later answers only say the transaction failed; settle them quietly.
        await Promise.all(pending.map((a) => a.failure));
        const refused = new SeedError(file.displayPath, step.line, neo4jMessage(error), {
          cause: error,
        });
        if (step.kind === 'data') refused.what = step.what;
        throw refused;
      }
      tick();
    }
    pending = [];
  };
  for await (const step of stepsOf(file)) {
    if (step.kind === 'schema') continue;
    if (step.kind === 'param') {
      await settle();
      await setParam(tx, file, step, params);
      continue;
    }
    if (pending.length >= IN_FLIGHT) await settle();
    const failure = tx
      .run(step.text, { ...params })
      .summary()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    pending.push({ step, failure });
  }
  await settle();
}

/** Evaluates a :param expression the way cypher-shell does, on the server. */
async function setParam(
  tx: Transaction,
  file: CypherFile,
  step: Extract<ScriptStep, { kind: 'param' }>,
  params: Record<string, unknown>,
) {
  let value: unknown;
  try {
    const result = await tx.run(`RETURN ${step.expression} AS value`, params);
    value = result.records[0]?.get('value');
  } catch (error) {
    throw new SeedError(file.displayPath, step.line, neo4jMessage(error), { cause: error });
  }
  if (step.name !== undefined) params[step.name] = value;
  else if (value !== null && typeof value === 'object') Object.assign(params, value);
  else {
    throw new SeedError(file.displayPath, step.line, ':param {…} needs a map such as {a: 1}');
  }
}
