import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the project's own files are, wherever it is started from: the
 * nearest folder above this module with a package.json. Run from the
 * sources that is the folder above server/; run from the production build
 * (dist/server/) it is the same folder, two levels up.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const bundledSeedDir = path.join(projectRoot, 'seed');
export const schemaFile = path.join(projectRoot, 'cypher', 'schema.cypher');
export const savedQueriesDir = path.join(projectRoot, 'cypher', 'queries');
export const clientDir = path.join(projectRoot, 'dist', 'client');
