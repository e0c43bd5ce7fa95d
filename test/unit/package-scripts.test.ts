// Every npm script that names a file of this project names one that exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** Paths of project files a script runs or reads: tsx server/main.ts, --config client/vite.config.ts. */
function filesNamed(command: string): string[] {
  return [
    ...command.matchAll(/(?:^|\s)((?:server|bench|client|test|scripts)\/[\w./-]+\.(?:ts|mjs|js))/g),
  ].map((m) => m[1] ?? '');
}

describe('npm scripts', () => {
  it.each(Object.entries(scripts))('%s names only files that exist', (_name, command) => {
    for (const file of filesNamed(command))
      expect(existsSync(path.join(root, file)), file).toBe(true);
  });

  it('finds the entry file of a tsx script', () => {
    expect(filesNamed('tsx server/main.ts')).toEqual(['server/main.ts']);
  });
});
