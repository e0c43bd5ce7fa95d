// `npm start` against an existing Neo4j (NEO4J_URI): it says which mode it is
// in and what it will not do, applies no manifest of its own, and writes nothing.
import { afterAll, expect, inject, it } from 'vitest';
import { graphFingerprint, testDriver } from '../../support/db.js';
import { startServer, type ServerProcess } from '../../support/server-process.js';

const driver = testDriver();
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
  await driver.close();
});

it('explores an existing database read-only, without the seed’s manifest, and says so', async () => {
  const before = await graphFingerprint(driver);
  // No dataset named and nothing to load: the database as it is.
  server = await startServer({ SEED_DIR: undefined, SEED_ON_START: undefined });
  const { port } = server;
  const output = server.output;
  expect(output()).toContain(`Mode: the existing Neo4j at ${inject('neo4jUri')}, read-only.`);
  expect(output()).toContain('Nothing is written to it');
  expect(output()).toContain('No manifest: names and dates come from its schema');
  expect(output()).toContain('was not started here and keeps running');
  expect(output()).not.toMatch(/Loading |this also stops the Neo4j/);

  const info = (await (await fetch(`http://127.0.0.1:${port}/api/dataset`)).json()) as {
    title: string;
    fromManifest: boolean;
  };
  expect(info).toMatchObject({ title: 'Existing database', fromManifest: false });
  expect(await graphFingerprint(driver)).toBe(before);
}, 120_000);

it('refuses a sign-in against the read-only database with what to do, writing nothing', async () => {
  const before = await graphFingerprint(driver);
  server ??= await startServer({ SEED_DIR: undefined, SEED_ON_START: undefined });
  const answer = await fetch(`http://127.0.0.1:${server.port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'someone', password: 'a long enough password' }),
  });
  expect(answer.status).toBe(403);
  const { error } = (await answer.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe('FORBIDDEN');
  expect(error.message).toContain('read-only');
  expect(error.message).toContain('SEED_ON_START=true');
  expect(await graphFingerprint(driver)).toBe(before);
}, 120_000);

it('refuses to start with READ_ACCESS=signed-in on the read-only database, saying what to set', async () => {
  const before = await graphFingerprint(driver);
  const refused = await startServer({
    SEED_DIR: undefined,
    SEED_ON_START: undefined,
    READ_ACCESS: 'signed-in',
  });
  try {
    expect(refused.output()).toContain('READ_ACCESS=signed-in needs sign-in');
    expect(refused.output()).toContain('SEED_ON_START=true');
    expect(refused.output()).not.toMatch(/ready at http/);
    expect(refused.output()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(await refused.stop()).not.toBe(0);
  } finally {
    await refused.stop();
  }
  expect(await graphFingerprint(driver)).toBe(before);
}, 120_000);
