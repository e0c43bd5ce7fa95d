// `npm start` as a newcomer runs it: a real process that starts Neo4j,
// loads the seed, serves HTTP, and on Ctrl+C leaves no java process behind.
// Each start leads a process group of its own (detached), and "nothing left
// behind" is checked on that group and on the java found under its PID,
// never by name, so another copy of the app on the machine does not count.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../server/neo4j/ports.js';
import { projectRoot } from '../../../server/neo4j/local-server.js';
import {
  commandLine,
  descendants,
  groupMembers,
  isRunning,
  killGroup,
  type ProcessRef,
} from '../../support/processes.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'reg-main-'));
// The analyst sandbox's folder sits beside it, inside the same scratch folder.
const dataDir = path.join(root, 'data');
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) if (child.pid) killGroup(child.pid);
  rmSync(root, { recursive: true, force: true });
});

/** The Neo4j processes (java running the launcher) under the process the test started. */
function javaUnder(child: ChildProcess): ProcessRef[] {
  if (!child.pid) return [];
  // The launcher runs compiled (main class Launcher) or, without javac, as Launcher.java.
  return descendants(child.pid).filter((p) =>
    /^(\S*\/)?java .*\sLauncher(\.java)?\s/.test(commandLine(p.pid)),
  );
}

/** What is left of everything the start ran: its group's live members (orphaned java included). */
function leftOf(child: ChildProcess): number[] {
  return child.pid ? groupMembers(child.pid) : [];
}

async function start(port: number, boltPort: number, viaNpm = false, sandbox = true) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // Off where a test is about the explorer's own Neo4j: each sandbox is one more Neo4j to start.
    ANALYST_SANDBOX: String(sandbox),
  };
  delete env.NEO4J_URI;
  const [command, args] = viaNpm
    ? ['npm', ['start']]
    : // As `npm start` runs it: one node process, with no tsx wrapper relaying signals.
      [process.execPath, ['--import', 'tsx', 'server/main.ts']];
  // Detached: the child leads a new process group that everything it starts joins.
  const child = spawn(command, args, { cwd: projectRoot, env, detached: true });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect
      .poll(() => output, { timeout: 210_000, interval: 250 })
      .toMatch(/ready at http:\/\/localhost:\d+|✖/);
  } catch (error) {
    // A start that never got ready must not hold the data folder's lock for the next test.
    if (child.pid) killGroup(child.pid);
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null
        ? resolve(null)
        : child.once('exit', resolve),
    );
    throw error;
  }
  return { child, output: () => output };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

describe('npm start', () => {
  it('fails at once with a clear error when the web port is busy, starting no Neo4j', async () => {
    const [port, boltPort] = [await findFreePort(), await findFreePort()];
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const { child, output } = await start(port, boltPort);
      const code = await new Promise<number | null>((resolve) =>
        child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
      );
      expect(code).toBe(1);
      expect(output()).toMatch(new RegExp(`web port ${port} .* already in use`));
      expect(output()).not.toContain('ready at');
      // A Neo4j it had started would still be in its group.
      await expect.poll(() => leftOf(child), { timeout: 10_000, interval: 200 }).toEqual([]);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 120_000);

  // Without the analysts' sandbox: the SIGTERM test below starts it and checks it stops too.
  it('serves the API with the seed loaded, then stops Neo4j too on SIGINT', async () => {
    const [port, boltPort] = [await findFreePort(), await findFreePort()];
    const { child, output } = await start(port, boltPort, false, false);
    expect(output()).toContain(`ready at http://localhost:${port}`);
    expect(output()).toMatch(/Loaded dataset "seed": \d+ statements/);

    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as {
      seed: unknown[];
    };
    expect(health.seed).toHaveLength(1);
    const java = javaUnder(child);
    expect(java).toHaveLength(1);

    expect(await stop(child)).toBe(0);
    expect(output()).toContain('Stopped.');
    expect(java.filter(isRunning)).toEqual([]);
    await expect.poll(() => leftOf(child), { timeout: 10_000, interval: 200 }).toEqual([]);
  }, 300_000);

  it('reuses the data on disk at the next start and skips an unchanged seed', async () => {
    const [port, boltPort] = [await findFreePort(), await findFreePort()];
    const { child, output } = await start(port, boltPort, false, false);
    expect(output()).toMatch(/Dataset "seed" unchanged since the last load/);
    const java = javaUnder(child);
    // The explorer's Neo4j alone: this start runs without the analysts' sandbox.
    expect(java).toHaveLength(1);
    expect(await stop(child)).toBe(0);
    expect(java.filter(isRunning)).toEqual([]);
    await expect.poll(() => leftOf(child), { timeout: 10_000, interval: 200 }).toEqual([]);
  }, 300_000);

  it('ends the whole tree within its budget on SIGTERM to npm start, with an analyst query in flight', async () => {
    const [port, boltPort] = [await findFreePort(), await findFreePort()];
    const { child, output } = await start(port, boltPort, true);
    expect(output()).toContain('ready at');
    const java = javaUnder(child);
    // The explorer's Neo4j and the analysts' sandbox.
    expect(java).toHaveLength(2);
    // A query that runs until its time limit, sent and not awaited.
    const inFlight = fetch(`http://127.0.0.1:${port}/api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        cypher: 'MATCH (a), (b), (c), (d) WHERE a.name < b.name + c.name + d.name RETURN count(*)',
      }),
    }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sentAt = Date.now();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await inFlight;
    // npm, its shell, tsx, the server and Neo4j: all of the group, orphans too.
    await expect.poll(() => leftOf(child), { timeout: 60_000, interval: 500 }).toEqual([]);
    expect(java.filter(isRunning)).toEqual([]);
    expect(Date.now() - sentAt).toBeLessThan(60_000);
  }, 360_000);
});
