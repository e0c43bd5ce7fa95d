// Start-up failures a newcomer can meet, each with a clear message and a
// next step instead of a stack trace. Java and Maven run for real here.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StartupError } from '../../../../server/errors.js';
import { resolveNeo4jClasspath } from '../../../../server/neo4j/classpath.js';
import { requireJava } from '../../../../server/neo4j/java.js';
import { findFreePort } from '../../../../server/neo4j/ports.js';
import { projectRoot, startLocalNeo4j } from '../../../../server/neo4j/local-server.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'reg-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function startupError(run: () => unknown): Promise<StartupError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return error as StartupError;
  }
  throw new Error('expected a StartupError');
}

describe('start-up errors', () => {
  it('says Java is missing and how to install it', async () => {
    const error = await startupError(() => requireJava(path.join(scratch, 'no-java-here')));
    expect(error.code).toBe('JAVA_MISSING');
    expect(error.hint).toMatch(/JDK 17\+/);
  });

  it('says Java is too old, naming the version found', async () => {
    const fake = path.join(scratch, 'java8');
    writeFileSync(fake, '#!/bin/sh\necho \'java version "1.8.0_402"\' >&2\n');
    chmodSync(fake, 0o755);
    const error = await startupError(() => requireJava(fake));
    expect(error.code).toBe('JAVA_TOO_OLD');
    expect(error.message).toContain('found 8');
  });

  it('says Maven is missing', async () => {
    const error = await startupError(() =>
      resolveNeo4jClasspath(projectRoot, path.join(scratch, 'cache1'), {
        bin: path.join(scratch, 'no-mvn'),
      }),
    );
    expect(error.code).toBe('MAVEN_MISSING');
  });

  it('says Maven Central is unreachable when downloads fail', async () => {
    // An empty local repository and a mirror on a closed loopback port.
    const settings = path.join(scratch, 'settings.xml');
    writeFileSync(
      settings,
      `<settings><mirrors><mirror><id>closed</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/maven2</url></mirror></mirrors></settings>`,
    );
    const error = await startupError(() =>
      resolveNeo4jClasspath(projectRoot, path.join(scratch, 'cache2'), {
        extraArgs: ['-s', settings, `-Dmaven.repo.local=${path.join(scratch, 'm2')}`],
      }),
    );
    expect(error.code).toBe('MAVEN_CENTRAL_UNREACHABLE');
    expect(error.hint).toMatch(/NEO4J_URI/);
  }, 120_000);

  it('says the Bolt port is taken, and which one', async () => {
    const port = await findFreePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    try {
      const error = await startupError(() =>
        startLocalNeo4j({ dataDir: path.join(scratch, 'db'), port }),
      );
      expect(error.code).toBe('PORT_TAKEN');
      expect(error.message).toContain(String(port));
    } finally {
      blocker.close();
    }
  });
});
