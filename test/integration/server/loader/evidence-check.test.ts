// The evidence rule of `npm run seed -- --check`: the seed passes; a fixture
// dataset that plants one error of each kind is refused, each refusal naming
// the file, the line and what to write instead.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readDataset,
  readProjectDataset,
  type Dataset,
} from '../../../../server/loader/dataset.js';
import { checkEvidence, formatEvidenceCheck } from '../../../../server/loader/evidence-check.js';
import { loadDataset } from '../../../../server/loader/loader.js';
import { defaultTextsDir } from '../../../../server/loader/quote-check.js';
import { removeDataset, testDriver } from '../../../support/db.js';

const fixtures = path.resolve('test/fixtures/evidence');
const texts = path.join(fixtures, 'texts');
let driver: Driver;
let sound: Dataset;
let planted: Dataset;

beforeAll(async () => {
  driver = testDriver();
  sound = readDataset(path.join(fixtures, 'sound'));
  planted = readDataset(path.join(fixtures, 'planted'));
  await loadDataset(driver, undefined, sound);
  await loadDataset(driver, undefined, planted);
});

afterAll(async () => {
  await removeDataset(driver, sound.name);
  await removeDataset(driver, planted.name);
  await driver.close();
});

describe('checkEvidence', () => {
  it('passes the bundled seed, counting spans and bases, at least 90% of relationships with a span', async () => {
    const check = await checkEvidence(driver, undefined, readProjectDataset(), defaultTextsDir);
    expect(check.result.offenders).toEqual([]);
    const { span, stated, inferred, background } = check.counts;
    expect(stated + inferred + background).toBe(check.relationships);
    expect(span / check.relationships).toBeGreaterThanOrEqual(0.9);
    expect(formatEvidenceCheck(check)).toMatch(
      /✔ evidence: \d+ relationships: \d+ with a verbatim span/,
    );
  });

  it('passes a sound dataset: a stated span, an inferred reading and background knowledge, each with its note, and an end date on its first day', async () => {
    const check = await checkEvidence(driver, undefined, sound, texts);
    expect(check.result.offenders).toEqual([]);
    expect(check.counts).toMatchObject({ stated: 6, inferred: 1, background: 1 });
  });

  it('refuses each planted error, naming the file, the line and what to write instead', async () => {
    const check = await checkEvidence(driver, undefined, planted, texts);
    expect(check.result.passed).toBe(false);
    const found = check.findings.map((f) => ({
      rule: f.rule,
      what: [
        'node' in f.subject
          ? f.subject.node
          : `${f.subject.from} ${f.subject.type} ${f.subject.to}`,
        f.subject.property === 'date' ? undefined : f.subject.property,
      ]
        .filter(Boolean)
        .join(' '),
      at: f.at?.replace(/^.*test\/fixtures\/evidence\//, ''),
      fix: f.fix,
    }));
    const of = (what: string, rule: string) =>
      found.find((f) => f.what === what && f.rule === rule);
    expect(of('ep:storm LED_TO ep:halt', 'causal-link-is-stated')).toMatchObject({
      at: 'planted/02-causal-unstated.cypher:3',
      fix: expect.stringContaining('make it a sequence link (PRECEDED)'),
    });
    expect(of('ep:halt IN ep:north-pier', 'span-is-verbatim')).toMatchObject({
      at: 'planted/03-spans-dates.cypher:11',
      fix: expect.stringContaining("copy the report's words exactly"),
    });
    expect(of('ep:ferries IN ep:north-pier', 'span-is-in-cited-report')).toMatchObject({
      at: 'planted/03-spans-dates.cypher:12',
      fix: "write quoteSource: 'ep:r2', paragraph: 2 (and list ep:r2 in sources)",
    });
    expect(of('ep:relief SOURCED_FROM ep:r1', 'span-is-in-cited-report')).toMatchObject({
      at: 'planted/03-spans-dates.cypher:6',
      fix: expect.stringContaining('link the node to ep:r2 (paragraph 2)'),
    });
    expect(of('ep:ferries', 'date-no-finer-than-wording')).toMatchObject({
      at: 'planted/03-spans-dates.cypher:2',
      fix: expect.stringContaining("write datePrecision: 'year'"),
    });
    expect(of('ep:relief', 'date-on-first-day')).toMatchObject({
      at: 'planted/03-spans-dates.cypher:3',
      fix: "write date: date('2025-03-01') (a month is stored on its first day)",
    });
    expect(of('ep:relief IN ep:north-pier', 'relationship-has-evidence')).toMatchObject({
      at: 'planted/04-no-evidence.cypher:3',
      fix: expect.stringContaining("basis: 'inferred' or 'background'"),
    });
    expect(of('ep:repairs endDate', 'date-on-first-day')).toMatchObject({
      at: 'planted/05-dated-properties.cypher:4',
      fix: "write endDate: date('2025-03-01') (a month is stored on its first day)",
    });
    expect(of('ep:berth effectiveFrom', 'date-no-finer-than-wording')).toMatchObject({
      at: 'planted/05-dated-properties.cypher:8',
      fix: "write effectiveFromPrecision: 'month' (effectiveFrom on the first day of the month), or say where the day comes from in effectiveFromPrecisionFrom",
    });
    expect(of('ep:berth IN ep:north-pier openUntil', 'date-has-precision')).toMatchObject({
      at: 'planted/05-dated-properties.cypher:12',
      fix: expect.stringContaining("write openUntilPrecision: 'day', 'month' or 'year'"),
    });
    expect(found).toHaveLength(10);
    expect(check.result.offenders[0]).toMatch(
      /^test\/fixtures\/evidence\/planted\/\S+\.cypher:\d+: /,
    );
  });

  it('holds only a dataset whose manifest asks for evidence', async () => {
    const check = await checkEvidence(
      driver,
      undefined,
      { ...planted, ontology: undefined },
      texts,
    );
    expect(check.result.passed).toBe(true);
    expect(check.skipped).toContain('"evidence": "required"');
  });
});
