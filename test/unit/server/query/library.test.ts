import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SavedQueryError,
  parseSavedQuery,
  readSavedQueries,
} from '../../../../server/query/library.js';

describe('parseSavedQuery', () => {
  it('reads the header lines and keeps the Cypher after them', () => {
    const text = [
      '// name: Licences',
      '// description: Who got licences',
      '// description: and on what terms.',
      '// audience: journalist, analyst',
      '// params: {"id": "x"}',
      'MATCH (n {id: $id}) RETURN n;',
    ].join('\n');
    expect(parseSavedQuery('q1', text)).toEqual({
      id: 'q1',
      name: 'Licences',
      description: 'Who got licences and on what terms.',
      audience: ['journalist', 'analyst'],
      cypher: 'MATCH (n {id: $id}) RETURN n',
      params: { id: 'x' },
    });
  });

  it('fails, naming the file, when the description is missing', () => {
    expect(() => parseSavedQuery('q2', '// name: x\nRETURN 1')).toThrow(/q2/);
  });
});

describe('parseSavedQuery names the line of a broken header', () => {
  const line = (text: string) => {
    try {
      parseSavedQuery('q', text);
    } catch (error) {
      return error instanceof SavedQueryError ? error.line : 'not a SavedQueryError';
    }
    return 'no error';
  };

  it('points at the params line when its JSON does not parse', () => {
    expect(line('// name: a\n// description: b\n// params: {"id": }\nRETURN 1')).toBe(3);
  });

  it('points at the params line when the params are not an object', () => {
    expect(line('// name: a\n// description: b\n// params: [1, 2]\nRETURN 1')).toBe(3);
  });

  it('points at the line after the header when no Cypher follows it', () => {
    expect(line('// name: a\n// description: b\n\n')).toBe(3);
  });

  it('points at a header key it does not know', () => {
    expect(line('// name: a\n// descripton: b\nRETURN 1')).toBe(2);
  });

  it('calls an empty file empty, at line 1', () => {
    expect(() => parseSavedQuery('q', ' \n')).toThrow(/line 1\): the file is empty/);
  });
});

describe('readSavedQueries over a folder with good and bad files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reg-library-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, '01-good.cypher'), '// name: Good\n// description: d\nRETURN 1;');
  writeFileSync(
    path.join(dir, '02-bad-params.cypher'),
    '// name: Bad\n// description: d\n// params: {id: 1}\nRETURN $id',
  );
  writeFileSync(path.join(dir, '03-empty.cypher'), '');
  // A folder by the name of a query: readFileSync fails on it, as on an unreadable file.
  mkdirSync(path.join(dir, '04-unreadable.cypher'));

  it('loads the good file and leaves the bad ones out', () => {
    const queries = readSavedQueries(dir, () => undefined);
    expect(queries.map((q) => q.id)).toEqual(['01-good']);
  });

  it('warns once per bad file, naming the file and its line', () => {
    const warnings: string[] = [];
    readSavedQueries(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([
      expect.stringContaining(
        `${path.join(dir, '02-bad-params.cypher')}:3: "// params:" is not JSON`,
      ),
      expect.stringContaining(`${path.join(dir, '03-empty.cypher')}:1: the file is empty`),
      expect.stringContaining(`${path.join(dir, '04-unreadable.cypher')}: cannot be read (EISDIR)`),
    ]);
  });
});
