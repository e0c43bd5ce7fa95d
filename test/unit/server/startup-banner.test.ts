import { describe, expect, it } from 'vitest';
import {
  loadingLine,
  modeBanner,
  searchLine,
  searchPlan,
  type StartupFacts,
} from '../../../server/startup-banner.js';

const press = { folder: 'test/fixtures/datasets/small-press', title: 'Quillfeather Press' };
const existing = { local: false as const, uri: 'bolt://127.0.0.1:7999' };
const own = { local: true as const, dataDir: '/srv/explorer/.neo4j/data' };

const facts = (over: Partial<StartupFacts>): StartupFacts => ({
  database: existing,
  dataset: press,
  loads: false,
  usesManifest: false,
  ...over,
});

describe('modeBanner', () => {
  it('calls an existing database read-only and says nothing is written when it loads nothing', () => {
    const text = modeBanner(facts({}));
    expect(text).toContain(`Mode: the existing Neo4j at ${existing.uri}, read-only.`);
    expect(text).toContain('Nothing is written to it');
  });

  it('never calls an existing database read-only when SEED_ON_START loads into it', () => {
    const text = modeBanner(facts({ loads: true, usesManifest: true }));
    expect(text).not.toMatch(/read-only|Nothing is written/);
    expect(text).toContain(
      `Mode: the existing Neo4j at ${existing.uri}, written to at start because SEED_ON_START=true.`,
    );
  });

  it('names the dataset SEED_ON_START loads into an existing database, by title and folder', () => {
    expect(modeBanner(facts({ loads: true, usesManifest: true }))).toContain(
      '  Dataset: Quillfeather Press (folder test/fixtures/datasets/small-press), loaded into it',
    );
  });

  it('names a dataset without a title by its folder', () => {
    const untitled = { folder: 'my-data', title: undefined };
    expect(modeBanner(facts({ dataset: untitled, loads: true, usesManifest: true }))).toContain(
      'Dataset: the folder my-data (no title in a manifest), loaded into it',
    );
  });

  it('says an existing database without SEED_DIR is read through its schema, naming no dataset', () => {
    const text = modeBanner(facts({}));
    expect(text).toContain('No manifest: names and dates come from its schema');
    expect(text).not.toContain('Quillfeather');
  });

  it('names the manifest SEED_DIR applies to an existing database it does not load into', () => {
    expect(modeBanner(facts({ usesManifest: true }))).toContain(
      'Dataset: Quillfeather Press (folder test/fixtures/datasets/small-press): its manifest names the graph; it is not loaded.',
    );
  });

  it('names the own Neo4j’s data folder and the dataset it loads at start', () => {
    expect(modeBanner(facts({ database: own, loads: true, usesManifest: true }))).toBe(
      [
        "Mode: the project's own Neo4j (data in /srv/explorer/.neo4j/data).",
        '  Dataset: Quillfeather Press (folder test/fixtures/datasets/small-press), loaded at start unless unchanged since its last load.',
      ].join('\n'),
    );
  });

  it('says the own Neo4j’s graph is explored as it is when SEED_ON_START=false', () => {
    expect(modeBanner(facts({ database: own, usesManifest: true }))).toContain(
      'SEED_ON_START=false, so nothing is loaded',
    );
  });
});

describe('loadingLine', () => {
  it('names the dataset being loaded and its statement count, as a step that opens', () => {
    expect(loadingLine(press, 3)).toBe(
      'Loading Quillfeather Press (folder test/fixtures/datasets/small-press): 3 statements…',
    );
  });
});

describe('searchPlan', () => {
  it('prefers the dataset’s own full-text index', () => {
    expect(searchPlan(['other', 'entitySearch'], 'entitySearch')).toMatchObject({
      index: 'entitySearch',
    });
  });

  it('falls back to the first full-text index there is, as search does', () => {
    expect(searchPlan(['films', 'people'], 'entitySearch')).toMatchObject({ index: 'films' });
  });

  it('has no index when the database has none', () => {
    expect(searchPlan([], 'entitySearch')).toMatchObject({ index: undefined });
  });
});

describe('searchLine', () => {
  it('names the dataset’s own full-text index and the bounded scan behind it', () => {
    expect(searchLine(searchPlan(['entitySearch'], 'entitySearch'))).toBe(
      'Search: the full-text index entitySearch, then a name scan of at most 10,000 nodes when it finds nothing.',
    );
  });

  it('names the first full-text index there is when none has the dataset’s index name', () => {
    expect(searchLine(searchPlan(['films'], 'entitySearch'))).toBe(
      'Search: the full-text index films, the first there is (none is named entitySearch), then a name scan of at most 10,000 nodes when it finds nothing.',
    );
  });

  it('says search is a bounded name scan when there is no full-text index', () => {
    expect(searchLine(searchPlan([], 'entitySearch'))).toBe(
      'Search: no full-text index, so a name scan of at most 10,000 nodes.',
    );
  });

  it('says so when the indexes could not be listed, naming the reason', () => {
    expect(searchLine({ listed: false, reason: 'permission denied' })).toContain(
      'could not be listed (permission denied)',
    );
  });
});
