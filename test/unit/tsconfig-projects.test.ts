// Each layer's tsconfig project puts only its own globals in scope, so a
// browser global on the server, or a Node module in the browser or the pure
// core, is a compile error. Each case compiles one made-up file at a real
// path of the project with that project's own options.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function compileErrors(project: string, file: string, code: string): string[] {
  const configPath = path.join(root, project, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${configPath}`);
  const fileName = path.join(root, file);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === fileName || ts.sys.fileExists(name);
  host.readFile = (name) => (name === fileName ? code : readFile(name));
  host.getSourceFile = (name, language) =>
    name === fileName ? ts.createSourceFile(name, code, language) : getSourceFile(name, language);
  const program = ts.createProgram([fileName], config.options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(fileName))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('tsconfig projects', () => {
  it.each([
    ['server', 'server/graph/probe.ts', 'export const title = document.title;\n'],
    ['client', 'client/src/ui/probe.ts', "import fs from 'node:fs';\nexport const read = fs;\n"],
    ['client', 'client/src/ui/probe.ts', 'export const cwd = process.cwd();\n'],
    ['core', 'core/guard/probe.ts', "import fs from 'node:fs';\nexport const read = fs;\n"],
    ['core', 'core/guard/probe.ts', 'export const title = document.title;\n'],
    ['contract', 'contract/probe.ts', 'export const title = window.name;\n'],
  ])(
    'the %s project refuses a foreign global or module in %s',
    (project, file, code) => {
      expect(compileErrors(project, file, code)).not.toEqual([]);
    },
    60_000,
  );

  it('the server project compiles a file that uses only Node', () => {
    const code = "import path from 'node:path';\nexport const here = path.join('a', 'b');\n";
    expect(compileErrors('server', 'server/graph/probe.ts', code)).toEqual([]);
  }, 60_000);

  it('the client project compiles a file that uses only the DOM', () => {
    const code = 'export const title = (): string => document.title;\n';
    expect(compileErrors('client', 'client/src/ui/probe.ts', code)).toEqual([]);
  }, 60_000);
});
