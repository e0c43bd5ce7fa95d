import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the project's own files are, wherever it is started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bundledSeedDir = path.join(projectRoot, 'seed');
export const schemaFile = path.join(projectRoot, 'cypher', 'schema.cypher');
export const savedQueriesDir = path.join(projectRoot, 'cypher', 'queries');
export const clientDir = path.join(projectRoot, 'dist', 'client');
