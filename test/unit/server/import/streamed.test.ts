// The two-pass CSV/TSV import against the import that holds the sheets
// whole (tablesToBatch + batchToCypher): the same statements, the same
// refusals at the same places, columns typed from every row though the rows
// are written in batches, and the same script --emit-cypher writes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchToCypher } from '../../../../core/import/cypher.js';
import { importOptions } from '../../../../core/import/options.js';
import { tablesToBatch } from '../../../../core/import/table.js';
import { readImportDataset } from '../../../../server/import/dataset.js';
import { readCsv } from '../../../../server/import/tables.js';
import { Batcher, statementCount } from '../../../../server/import/stream-cypher.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'streamed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  return dir;
}

const shown = (dir: string, f: string) => path.relative(process.cwd(), path.join(dir, f));

/** 1,200 firms (three statements of nodes per label), a code column that turns to text on its last row, sources. */
function kumuPair(): Record<string, string> {
  const nodes = ['Label,Type,Founded,Code,Source,URL,Quote'];
  for (let i = 0; i < 1200; i++) {
    const source =
      i % 4 === 0 ? `Report ${i % 3},https://example.org/r${i % 3},"Firm ${i} ships"` : ',,';
    nodes.push(
      `Firm ${i},${i % 2 ? 'Company' : 'Trader'},2025-0${1 + (i % 9)},${i === 1199 ? 'X9' : i},${source}`,
    );
  }
  const edges = ['From,To,Type,Since,Quote,Source'];
  for (let i = 0; i < 1100; i++) {
    edges.push(
      `Firm ${i},Firm ${(i * 7 + 1) % 1200},supplies,${2000 + (i % 25)},"q${i}",${i % 5 ? '' : 'Report 1'}`,
    );
  }
  return { 'nodes.csv': `${nodes.join('\n')}\n`, 'edges.csv': `${edges.join('\n')}\n` };
}

async function held(dir: string, files: string[], dataset: string) {
  const tables = await Promise.all(files.map((f) => readCsv(path.join(dir, f), shown(dir, f))));
  return batchToCypher(tablesToBatch(tables, importOptions(undefined, dataset)));
}

async function streamedTexts(
  dir: string,
): Promise<{ schema: string[]; data: string[]; what: string[] }> {
  const imported = await readImportDataset(dir);
  const file = imported.dataset.files[0];
  const data: string[] = [];
  const what: string[] = [];
  for await (const step of file?.produced?.steps() ?? []) {
    if (step.kind === 'data') {
      data.push(step.text);
      what.push(step.what ?? '');
    }
  }
  expect(imported.streamed).toBe(true);
  expect(file?.produced?.count).toBe(data.length);
  return { schema: file?.steps.map((s) => (s.kind === 'param' ? '' : s.text)) ?? [], data, what };
}

describe('a two-pass CSV import', () => {
  it('makes the statements the whole-sheet import makes, typed from every row', async () => {
    const dir = folder('kumu', { ...kumuPair(), 'ontology.json': '{"id": "kumu-pair"}' });
    const expected = await held(dir, ['edges.csv', 'nodes.csv'], 'kumu-pair');
    const got = await streamedTexts(dir);
    expect(got.schema).toEqual(expected.filter((s) => s.kind === 'schema').map((s) => s.text));
    expect([...got.data].sort()).toEqual(
      expected
        .filter((s) => s.kind === 'data')
        .map((s) => s.text)
        .sort(),
    );
    // The Code column has text on its last row: its first rows are written as text too.
    expect(got.data.find((t) => t.includes("name: 'Firm 0'"))).toContain("code: '0'");
    expect(got.data.find((t) => t.includes("name: 'Firm 0'"))).toContain(
      "founded: date('2025-01-01'), foundedPrecision: 'month'",
    );
    expect(got.what).toContain(`${shown(dir, 'nodes.csv')}, rows 3–1001`);
  });

  it('writes the script --emit-cypher writes, its statements at the lines the load names', async () => {
    const dir = path.join(root, 'kumu');
    const imported = await readImportDataset(dir);
    await imported.writeScript();
    const script = readFileSync(imported.scriptPath, 'utf8');
    const lines = script.split('\n');
    const steps = [...(imported.dataset.files[0]?.steps ?? [])];
    for await (const s of imported.dataset.files[0]?.produced?.steps() ?? []) steps.push(s);
    expect(steps.length).toBeGreaterThan(8);
    for (const s of steps) {
      if (s.kind === 'param') continue;
      expect(lines.slice(s.line - 1, s.line - 1 + s.text.split('\n').length).join('\n')).toBe(
        `${s.text};`,
      );
    }
  });

  it('refuses what the whole-sheet import refuses, with the same problems, before any statement', async () => {
    const dir = folder('bad', {
      'nodes.csv': 'Id,Label,Type\na,A,Company\n,Nameless,Company\na,Again,Company\n',
      'edges.csv': 'From,To,Type\na,zz,owns\n,a,owns\n',
    });
    const message = await readImportDataset(dir).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    const tables = await Promise.all(
      ['edges.csv', 'nodes.csv'].map((f) => readCsv(path.join(dir, f), shown(dir, f))),
    );
    const whole = (() => {
      try {
        tablesToBatch(tables, importOptions(undefined, 'bad'));
        return 'loaded';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toBe(whole);
    expect(message).toMatch(/nodes\.csv, row 3, column "Id": the row has no id/);
    expect(message).toMatch(/nodes\.csv, row 4: the id "a" is already used by row 2/);
    expect(message).toMatch(/edges\.csv, row 2, column "To": no node has the id or label "zz"/);
  });
});

describe('Batcher', () => {
  it('makes a statement of a group when it is full, and of the rest when drained, in first-seen order', () => {
    const made: string[] = [];
    const b = new Batcher<number>(2, (items, key) => {
      const text = `${key}:${items.join(',')}`;
      made.push(text);
      return { kind: 'data', text, what: key };
    });
    expect(b.add('a', 1)).toBeUndefined();
    expect(b.add('b', 2)).toBeUndefined();
    expect(b.add('a', 3)?.text).toBe('a:1,3');
    expect(b.add('a', 4)).toBeUndefined();
    expect([...b.drain()].map((s) => s.text)).toEqual(['a:4', 'b:2']);
    expect([...b.drain()]).toEqual([]);
  });

  it('counts the statements groups of rows make', () => {
    expect(statementCount([1, 500, 501, 0], 500)).toBe(4);
  });
});
