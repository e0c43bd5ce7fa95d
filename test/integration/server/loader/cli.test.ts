// `npm run seed -- <folder>` as an analyst runs it against a configured Neo4j.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetIdentity } from '../../../../server/loader/manifest.js';
import { runSeedCli } from '../../../support/seed-cli.js';
import { removeDataset, testDriver } from '../../../support/db.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'reg-cli-'));

afterAll(async () => {
  const driver = testDriver();
  await removeDataset(driver, datasetIdentity(dir, undefined));
  await removeDataset(driver, 'evidence-planted');
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

const seed = (...args: string[]) => runSeedCli(args, 60_000);

describe('npm run seed -- <folder>', () => {
  it("loads an analyst's own folder, printing counts and the time taken", () => {
    writeFileSync(
      path.join(dir, 'people.cypher'),
      "MERGE (p:Researcher {id: 'r:1'}) SET p.name = 'Ada';",
    );
    const { code, out } = seed(dir);
    expect(code).toBe(0);
    expect(out).toMatch(/Loaded dataset "reg-cli-\w+-[0-9a-f]{8}": 1 statement in \d+ ms/);
    expect(out).toMatch(/Researcher\s+1/);
    expect(out).toContain('✔ every node has an id and a name');
  });

  it('exits non-zero naming file and line when a statement fails, without a stack trace', () => {
    writeFileSync(
      path.join(dir, 'zz-broken.cypher'),
      'RETURN 1;\nMERGE (x:Researcher {id: }) RETURN x;',
    );
    const { code, out } = seed(dir, '--force');
    expect(code).toBe(1);
    expect(out).toMatch(/zz-broken\.cypher:2: Neo4j refused the statement/);
    expect(out).not.toMatch(/\n\s+at /);
    rmSync(path.join(dir, 'zz-broken.cypher'));
  });

  it('checks every quote of the bundled seed verbatim against the report texts', () => {
    const { code, out } = seed('--check');
    expect(code).toBe(0);
    expect(out).toMatch(
      /✔ every quote occurs verbatim in its report's text \(.+seeds and the texts stored in the graph\): \d+ quotes/,
    );
  });

  it('holds the seed to the evidence rule and refuses a planted error with its file, line and fix', () => {
    const ok = seed('--check');
    expect(ok.out).toMatch(
      /✔ evidence: \d+ relationships: \d+ with a verbatim span; basis stated \d+/,
    );
    const planted = seed('test/fixtures/evidence/planted', '--texts=test/fixtures/evidence/texts');
    expect(planted.code).toBe(1);
    expect(planted.out).toMatch(
      /✖ evidence: 10 refused[^\n]*\n[\s\S]*test\/fixtures\/evidence\/planted\/02-causal-unstated\.cypher:3: ep:storm -\[LED_TO\]-> ep:halt: a LED_TO link \(causal\) without a stated span \[causal-link-is-stated\]; instead, quote the words/,
    );
  });

  it('checks the quotes against the texts the graph stores when the folder of texts is absent', () => {
    const { code, out } = seed('--check', '--texts=/nonexistent-texts');
    expect(code).toBe(0);
    expect(out).toMatch(
      /✔ every quote occurs verbatim in its report's text \(\/nonexistent-texts and the texts stored in the graph\): \d+ quotes/,
    );
    // The span check reads files only, and says so.
    expect(out).toContain('spans not checked: no report texts at /nonexistent-texts');
  });

  it('only checks with --check, and says which option is unknown', () => {
    expect(seed(dir, '--check').out).toContain('Integrity checks');
    const unknown = seed('--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('Unknown option --frobnicate');
  });
});
