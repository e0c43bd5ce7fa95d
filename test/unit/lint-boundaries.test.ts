// The layer rules of eslint.config.js fail on the imports that once broke
// them: each case lints a one-line file at a real path of the project.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The layer rules read syntax only: run just them, without type information,
// so no TypeScript program is built for a one-line file (seconds per project).
const LAYER_RULES = new Set([
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-syntax',
]);
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

async function restricted(
  file: string,
  code: string,
  rule = 'no-restricted-imports',
): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).some((m) => m.ruleId === rule);
}

describe('layer rules', () => {
  it.each([
    ['server/graph/health.ts', "import { loadDataset } from '../loader/loader.js';"],
    ['server/http/error-handler.ts', "import { Neo4jError } from 'neo4j-driver';"],
    ['server/http/error-handler.ts', "import { createDriver } from '../neo4j/driver.js';"],
    ['core/guard/guard.ts', "import { loadDataset } from '../../server/loader/loader.js';"],
    ['core/cypher/text.ts', "import neo4j from 'neo4j-driver';"],
    ['core/cypher/as-of.ts', "import neo4j from 'neo4j-driver';"],
    ['core/dataset/shape.ts', "import { createHash } from 'node:crypto';"],
    ['core/dataset/profile.ts', "import { readFileSync } from 'node:fs';"],
    ['client/src/main.ts', "import { createApp } from '../../server/app.js';"],
    ['client/src/ui/details.ts', "import { createApp } from '../../../server/app.js';"],
    ['client/src/ui/details.ts', "import type { Core } from 'cytoscape';"],
    ['client/src/main.ts', "import fcose from 'cytoscape-fcose';"],
    ['contract/nodes.ts', "import { ApiError } from '../server/errors.js';"],
  ])(
    'refuses in %s: %s',
    async (file, code) => {
      expect(await restricted(file, `${code}\nexport {};\n`)).toBe(true);
    },
    60_000,
  );

  it.each([
    ['server/graph/claims.ts', "const f = (row.get('f') as Node);"],
    ['server/graph/sources.ts', "const ids = (records[0]?.get('ids') ?? []) as string[];"],
    ['server/loader/checks.ts', 'const row = record.toObject() as unknown as Row;'],
    ['server/graph/health.ts', "const seed = toPlain(row.get('seed')) as Seed;"],
  ])(
    'refuses a cast of a driver value in %s: %s',
    async (file, code) => {
      expect(await restricted(file, `${code}\nexport {};\n`, 'no-restricted-syntax')).toBe(true);
    },
    60_000,
  );

  it.each([
    ['client/src/ui/details.ts', 'export const f = (c: { cy: unknown }) => c.cy;'],
    ['client/src/ui/paths.ts', 'export const f = ({ cy }: { cy: unknown }) => cy;'],
    ['client/src/main.ts', 'export const f = (c: { cy: unknown }) => c.cy;'],
  ])(
    'refuses Cytoscape outside the canvas module in %s: %s',
    async (file, code) => {
      expect(await restricted(file, `${code}\n`, 'no-restricted-syntax')).toBe(true);
    },
    60_000,
  );

  it('refuses a control value cast into a union in client/src/ui', async () => {
    const code = "export const f = (s: HTMLSelectElement) => s.value as 'a' | 'b';\n";
    expect(await restricted('client/src/ui/paths.ts', code, 'no-restricted-syntax')).toBe(true);
  }, 60_000);

  it.each([
    ['server/graph/health.ts', "import neo4j from 'neo4j-driver';"],
    ['server/graph/context.ts', "import type { Driver } from 'neo4j-driver';"],
    ['server/http/route.ts', "import type { Driver } from 'neo4j-driver';"],
    ['server/query/worker.ts', "import neo4j from 'neo4j-driver';"],
    ['server/loader/loader.ts', "import { Neo4jError } from 'neo4j-driver';"],
    ['server/app.ts', "import type { Driver } from 'neo4j-driver';"],
  ])(
    'refuses the driver outside the adapter in %s: %s',
    async (file, code) => {
      expect(await restricted(file, `${code}\nexport {};\n`)).toBe(true);
    },
    60_000,
  );

  it('lets the adapter import the driver', async () => {
    const code = "import type { Driver } from 'neo4j-driver';\nexport type { Driver };\n";
    expect(await restricted('server/neo4j/execute.ts', code)).toBe(false);
  }, 60_000);

  it('lets the canvas module use Cytoscape', async () => {
    const code =
      "import type { Core } from 'cytoscape';\nexport const f = (c: { cy: Core }) => c.cy;\n";
    expect(await restricted('client/src/ui/canvas.ts', code)).toBe(false);
    expect(await restricted('client/src/ui/canvas.ts', code, 'no-restricted-syntax')).toBe(false);
  }, 60_000);

  it('lets the modules split out of the canvas module use Cytoscape', async () => {
    const code =
      "import type { Core } from 'cytoscape';\nexport const f = (c: { cy: Core }) => c.cy;\n";
    expect(await restricted('client/src/ui/canvas/labels.ts', code)).toBe(false);
    expect(await restricted('client/src/ui/canvas/layout.ts', code, 'no-restricted-syntax')).toBe(
      false,
    );
  }, 60_000);

  // The canvas binding is the only client code with a Cytoscape instance; the
  // rest, tests and the bench included, get plain data (the test hook).
  it.each([
    ['client/src/state/store.ts', "import cytoscape from 'cytoscape';", 'no-restricted-imports'],
    [
      'client/src/export/html.ts',
      "import type { Core } from 'cytoscape';",
      'no-restricted-imports',
    ],
    ['client/src/workbench/editor.ts', "import svg from 'cytoscape-svg';", 'no-restricted-imports'],
    [
      'client/src/graph/kinds.ts',
      "import cytoscape from 'cytoscape';\nexport const c = cytoscape;",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'client/src/state/url-state.ts',
      'export const f = (w: { cy: unknown }) => w.cy;',
      'no-restricted-syntax',
    ],
    [
      'client/src/main.ts',
      'Object.assign(window, { cy: 1 }); export const c = (window as unknown as { cy: number }).cy;',
      'no-restricted-syntax',
    ],
    [
      'client/src/graph/style.ts',
      'export const f = ({ cy }: { cy: unknown }) => cy;',
      'no-restricted-syntax',
    ],
    [
      'test/e2e/explorer/canvas.test.ts',
      'export const f = (w: { cy: unknown }) => w.cy;',
      'no-restricted-syntax',
    ],
    [
      'bench/canvas-frames.ts',
      'export const f = (e: { _cyreg: unknown }) => e._cyreg;',
      'no-restricted-syntax',
    ],
  ])(
    'refuses Cytoscape outside the canvas binding in %s: %s',
    async (file, code, rule) => {
      expect(await restricted(file, `${code}\nexport {};\n`, rule)).toBe(true);
    },
    60_000,
  );

  it('lets a graph helper import the types of the JSON Cytoscape reads', async () => {
    const code =
      "import type { StylesheetJson } from 'cytoscape';\nexport type S = StylesheetJson;\n";
    for (const rule of ['no-restricted-imports', '@typescript-eslint/no-restricted-imports'])
      expect(await restricted('client/src/graph/style.ts', code, rule)).toBe(false);
  }, 60_000);

  it("lets the test hook and the plugins' declarations use Cytoscape", async () => {
    const code =
      "import type { Core } from 'cytoscape';\nexport const f = (c: { cy: Core }) => c.cy;\n";
    expect(await restricted('client/src/ui/canvas/test-hook.ts', code)).toBe(false);
    expect(await restricted('client/src/graph/viewport.ts', code, 'no-restricted-syntax')).toBe(
      false,
    );
  }, 60_000);

  it('allows a graph module to import its neighbours', async () => {
    expect(
      await restricted(
        'server/graph/health.ts',
        "import { SEED_LOAD_LABEL } from './bookkeeping.js';\nexport { SEED_LOAD_LABEL };\n",
      ),
    ).toBe(false);
  }, 60_000);
});
