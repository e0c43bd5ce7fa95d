/**
 * The production build of the server: server/main.ts and the analyst
 * worker, with the code of server/, core/ and contract/ they import,
 * compiled once into JavaScript under dist/server/ (esbuild, which vite and
 * tsx already bring).
 * npm start runs that JavaScript with plain node: no TypeScript compiler in
 * the request path or in the analyst workers, and no compile on start.
 * Like the client, it is rebuilt only when a source changed since the last
 * build; npm run dev runs the sources through tsx and does not use it.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { buildIsStale, newestChange } from '../client-build.js';
import { projectRoot } from '../project-paths.js';

/** What the server is made of; a change to any of them makes the build stale. */
export const SERVER_SOURCES = ['server', 'core', 'contract'];
const SERVER_INPUTS = [
  ...SERVER_SOURCES,
  'package.json',
  'package-lock.json',
  'tsconfig.base.json',
];

export const serverBuildDir = path.join(projectRoot, 'dist', 'server');
/** Written last: its time is the build's, and a build cut short leaves none. */
const STAMP = path.join(serverBuildDir, '.built');
/** The compiled entry point npm start runs. */
export const serverEntry = path.join(serverBuildDir, 'main.js');

function builtAt(): number | undefined {
  return existsSync(STAMP) ? statSync(STAMP).mtimeMs : undefined;
}

export function serverBuildIsStale(): boolean {
  const inputs = SERVER_INPUTS.map((p) => path.join(projectRoot, p)).filter((p) => existsSync(p));
  return buildIsStale(builtAt(), Math.max(...inputs.map(newestChange)));
}

/**
 * Installed packages stay where they are and are imported at run time, all
 * but those whose published ES modules plain node cannot load (imports
 * without file extensions, which tsx forgave): those go into the bundle.
 */
const BUNDLED_PACKAGES = /^@neo4j-cypher\//;

const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      BUNDLED_PACKAGES.test(args.path) || path.isAbsolute(args.path)
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

/** Compiles the server afresh (nothing of an older build is left behind). */
export async function buildServer(): Promise<void> {
  rmSync(serverBuildDir, { recursive: true, force: true });
  await build({
    // The two programs: the server, and the analyst worker thread it starts.
    entryPoints: {
      main: path.join(projectRoot, 'server', 'main.ts'),
      worker: path.join(projectRoot, 'server', 'query', 'worker.ts'),
    },
    outdir: serverBuildDir,
    bundle: true,
    // Code both programs use is one shared chunk, beside them in the same folder.
    splitting: true,
    plugins: [packagesOutside],
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Maps for a person debugging (NODE_OPTIONS=--enable-source-maps): off by
    // default, because mapping every Error's stack costs on each error answer.
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  mkdirSync(serverBuildDir, { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** Builds when stale; says which it did. */
export async function ensureServerBuild(say: (line: string) => void): Promise<void> {
  if (!serverBuildIsStale()) {
    say('Server build is up to date; not rebuilt.');
    return;
  }
  const started = performance.now();
  await buildServer();
  say(`Server built into dist/server in ${Math.round(performance.now() - started)} ms.`);
}
