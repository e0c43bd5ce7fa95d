// The verbatim-quote check against the real report texts and a planted misquote.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readDataset,
  readProjectDataset,
  type Dataset,
} from '../../../../server/loader/dataset.js';
import { loadDataset } from '../../../../server/loader/loader.js';
import { checkQuotes, defaultTextsDir } from '../../../../server/loader/quote-check.js';
import { removeDataset, testDriver } from '../../../support/db.js';

let driver: Driver;
let dir: string;
let planted: Dataset;

const plantedCypher = `
MERGE (s:Source {id: 'src:p'}) SET s.name = 'Planted', s.file = 'p.txt';
MERGE (e:Event {id: 'event:p'}) SET e.name = 'Said', e.quote = 'We are in touch';
MATCH (e:Event {id: 'event:p'}), (s:Source {id: 'src:p'})
  MERGE (e)-[r:SOURCED_FROM]->(s) SET r.quote = 'We are firmly in touch', r.note = 'paraphrase posing as a quote';
MERGE (f:Event {id: 'event:q'}) SET f.name = 'Followed';
MATCH (e:Event {id: 'event:p'}), (f:Event {id: 'event:q'})
  MERGE (e)-[r:LED_TO]->(f) SET r.sources = ['src:p'], r.quote = 'so it followed', r.paragraph = 2;
`;

beforeAll(async () => {
  driver = testDriver();
  dir = mkdtempSync(path.join(os.tmpdir(), 'reg-quotes-'));
  writeFileSync(path.join(dir, '01.cypher'), plantedCypher);
  writeFileSync(path.join(dir, 'p.txt'), 'Headline\n“We are in touch,” he said, so it followed.\n');
  planted = readDataset(dir);
  await loadDataset(driver, undefined, planted);
});

afterAll(async () => {
  await removeDataset(driver, planted.name);
  rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

describe('checkQuotes', () => {
  it('passes on the bundled seed, checking every quote against the five reports', async () => {
    const check = await checkQuotes(driver, undefined, readProjectDataset(), defaultTextsDir);
    expect(check.skipped).toBeUndefined();
    expect(check.result.offenders).toEqual([]);
    expect(check.checked).toBeGreaterThan(20);
  });

  it('fails on a planted non-verbatim quote and names the link, but accepts the verbatim ones', async () => {
    const check = await checkQuotes(driver, undefined, planted, dir);
    expect(check.result.passed).toBe(false);
    expect(check.result.offenders).toEqual([
      'event:p -> src:p: "We are firmly in touch" not in p.txt',
    ]);
  });

  it('is skipped with a message naming the folder when the texts are absent', async () => {
    const missing = path.join(dir, 'nowhere');
    const check = await checkQuotes(driver, undefined, planted, missing);
    expect(check.skipped).toContain(missing);
    expect(check.checked).toBe(0);
  });
});
