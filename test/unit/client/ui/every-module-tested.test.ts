// The rule that every ui/ module has a unit test that runs without a browser:
// a module client/src/ui/<dir>/<name>.ts counts as tested when a test file in
// test/unit/client/ui/<dir>/ (the mirrored folder) imports it. Modules that
// only declare types have nothing to run and are named below with why.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const UI = path.join(ROOT, 'client/src/ui');
const TESTS = path.join(ROOT, 'test/unit/client/ui');

/** Type-only modules: no code to run. */
const TYPES_ONLY = new Set(['canvas/test-hook-types.ts', 'explorer.ts']);

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => f.split(path.sep).join('/'));
}

/** The ui/ modules a test file imports, as paths relative to client/src/ui. */
export function importedModules(testFile: string, text: string): string[] {
  // A type-only import runs nothing of the module: it does not count.
  const statics = [...text.matchAll(/import\s+(type\s)?[^;]*?from\s*'([^']+)'/g)]
    .filter((m) => !m[1])
    .map((m) => m[2] ?? '');
  const dynamics = [...text.matchAll(/import\(\s*'([^']+)'/g)].map((m) => m[1] ?? '');
  const specs = [...statics, ...dynamics];
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => path.resolve(path.dirname(testFile), s).replace(/\.js$/, '.ts'))
    .filter((abs) => abs.startsWith(UI + path.sep))
    .map((abs) => path.relative(UI, abs).split(path.sep).join('/'));
}

/** Modules with no test importing them from the mirrored folder. */
export function untested(modules: string[], tests: Map<string, string[]>): string[] {
  return modules.filter((m) => {
    const dir = path.posix.dirname(m);
    return ![...tests].some(([t, imports]) => path.posix.dirname(t) === dir && imports.includes(m));
  });
}

describe('every ui/ module has a unit test', () => {
  it('names a module when no test in its mirrored folder imports it', () => {
    const tests = new Map([
      ['canvas/a.test.ts', ['canvas/a.ts']],
      ['b.test.ts', ['canvas/c.ts']],
    ]);
    expect(untested(['canvas/a.ts', 'canvas/c.ts', 'd.ts'], tests)).toEqual([
      'canvas/c.ts',
      'd.ts',
    ]);
  });

  it('reads relative imports of ui/ modules from a test file, not type-only ones', () => {
    const file = path.join(TESTS, 'canvas/x.test.ts');
    const text =
      "import type { C } from '../../../../../client/src/ui/canvas.js';\n" +
      "import { a } from '../../../../../client/src/ui/canvas/layout.js';\nimport { b } from './fake.js';";
    expect(importedModules(file, text)).toEqual(['canvas/layout.ts']);
  });

  it('finds no ui/ module without a test in test/unit/client/ui/', () => {
    const modules = files(UI, '.ts').filter((m) => !TYPES_ONLY.has(m));
    const tests = new Map(
      files(TESTS, '.test.ts').map((t) => {
        const abs = path.join(TESTS, t);
        return [t, importedModules(abs, readFileSync(abs, 'utf8'))] as const;
      }),
    );
    expect(untested(modules, tests)).toEqual([]);
  });
});
