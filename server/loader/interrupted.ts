// What the seed CLI says when Neo4j goes away under it. A lost connection
// fails the statement that was waiting for its answer, and the loader names
// that statement's file and line; telling the user to fix the Cypher there
// would send them after a fault that is not in their files.
import { StartupError } from '../errors.js';
import { isUnavailable } from '../neo4j/errors.js';
import { SeedError } from './loader.js';

/** Where the CLI was when the error came: how far the load's data statements had got, or the checks after it. */
export type LoadPhase =
  { kind: 'loading'; done: number; total: number } | { kind: 'checking'; loaded: boolean };

/** True when the error, or one it wraps, is the driver saying Neo4j is not reachable. */
export function lostNeo4j(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 8 && e; depth++) {
    if (isUnavailable(e)) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

const RUN_AGAIN = 'Nothing needs fixing in the dataset: run `npm run seed` again once Neo4j is up';

/**
 * The message for a load that lost Neo4j, or undefined when the error is
 * something else (a refused statement keeps its file-and-line message).
 *
 * What it promises rests on loader.ts: schema statements run first, each on
 * its own; every data statement, and the removal of the previous load, run
 * in one transaction that commits only after the last one has answered.
 * Until every data statement has answered, no commit has been sent, and
 * Neo4j drops a transaction that was not committed.
 */
export function interruptedLoadError(error: unknown, phase: LoadPhase): StartupError | undefined {
  if (!lostNeo4j(error)) return undefined;
  if (phase.kind === 'checking') {
    return new StartupError(
      'NEO4J_UNREACHABLE',
      `Neo4j stopped during the integrity checks${phase.loaded ? ', after the load had been committed' : ''}.`,
      `${phase.loaded ? 'The data is loaded; run' : 'Run'} \`npm run seed -- --check\` again once Neo4j is up.`,
      { cause: error },
    );
  }
  const where =
    error instanceof SeedError ? ` (the connection was lost at ${error.file}:${error.line})` : '';
  if (phase.done < phase.total) {
    return new StartupError(
      'NEO4J_UNREACHABLE',
      `Neo4j stopped during the load, after ${phase.done} of ${phase.total} statements${where}. ` +
        'Nothing of the data was written: the load is one transaction, not yet committed, which Neo4j drops. ' +
        'Constraints and indexes, which run before it each on its own, may be in place; loading again keeps them.',
      `${RUN_AGAIN}.`,
      { cause: error },
    );
  }
  return new StartupError(
    'NEO4J_UNREACHABLE',
    `Neo4j stopped as the load was being committed (all ${phase.total} statements had run)${where}. ` +
      'The load is one transaction, so the graph holds either the previous data or all of the new, never a part of it.',
    `${RUN_AGAIN}, to be sure it holds the new data.`,
    { cause: error },
  );
}
