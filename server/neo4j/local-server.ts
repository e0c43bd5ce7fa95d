import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { StartupError } from '../errors.js';
import { resolveNeo4jClasspath } from './classpath.js';
import { requireJava } from './java.js';
import { localPassword, LOCAL_USER } from './password.js';
import { findFreePort, isPortFree } from './ports.js';
import { privateDataDir } from './data-dir.js';
import { launcherEntry, type LauncherEntry } from './launcher-build.js';

import { projectRoot } from '../project-paths.js';

export { projectRoot };

export interface LocalNeo4jOptions {
  /** Folder for the database files and logs; reused across starts. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  txMemoryMb?: number;
  /** JVM heap of the Neo4j process. */
  heapMb?: number;
  /** Page cache of the store files. */
  pageCacheMb?: number;
  /**
   * Processors the JVM may size its thread pools for, and a lower CPU
   * priority (nice), for a Neo4j that must not starve the one beside it.
   */
  background?: { processors: number; niceness: number };
  startTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  /** Generated at the first start and kept in the data folder, readable by this user only. */
  password: string;
  port: number;
  pid: number | undefined;
  logFile: string;
  /** Resolves when the Neo4j process has exited, for whatever reason. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  // Closing stdin asks the launcher to shut Neo4j down cleanly.
  child.stdin?.end();
  if (await waitForExit(child, 30_000)) return;
  child.kill('SIGTERM');
  if (await waitForExit(child, 10_000)) return;
  child.kill('SIGKILL');
  await waitForExit(child, 5_000);
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      if (buffered.includes('NEO4J_READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the Neo4j process exited (${signal ?? `code ${code}`})`));
    });
  });
}

async function verifyBolt(uri: string, password: string, timeoutMs: number): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_USER, password), {
    connectionTimeout: 5_000,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, Math.min(200 * attempt, 1_000)));
      }
    }
  } finally {
    await driver.close();
  }
}

/**
 * The shell that starts the JVM: files it creates are private to this user
 * (umask 077: the store and transaction logs hold the graph in clear, the
 * system database the password's hash), and `exec` makes the JVM the very
 * process the parent watches and stops.
 */
const LAUNCH = 'umask 077 && exec nice -n "$NEO4J_LAUNCH_NICE" java "$@"';

function javaArgs(options: LocalNeo4jOptions, launcher: LauncherEntry, port: number): string[] {
  const cpus = options.background
    ? [`-XX:ActiveProcessorCount=${options.background.processors}`]
    : [];
  return [
    // An explicit heap: the JVM's default (a quarter of the machine) lets
    // one runaway query fill gigabytes before the transaction caps apply.
    `-Xmx${options.heapMb ?? 1024}m`,
    '-XX:+ExitOnOutOfMemoryError',
    '-Xss4m',
    ...cpus,
    '-cp',
    launcher.classpath,
    launcher.main,
    path.join(options.dataDir, 'home'),
    String(port),
    String(options.txMemoryMb ?? 512),
    String(options.pageCacheMb ?? 512),
  ];
}

/**
 * Starts Neo4j Community (resolved from Maven Central) as a child process
 * speaking Bolt on 127.0.0.1, and waits until the driver can connect.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  requireJava();

  let port = options.port;
  if (port === 0) {
    port = await findFreePort();
  } else if (!(await isPortFree(port))) {
    throw new StartupError(
      'PORT_TAKEN',
      `Port ${port} on 127.0.0.1 is already in use, so Neo4j's Bolt connector cannot bind to it.`,
      `Stop whatever uses port ${port} (perhaps another npm start), or set NEO4J_BOLT_PORT to a free port, or point NEO4J_URI at the Neo4j that is running.`,
    );
  }

  const cacheDir = path.join(projectRoot, '.neo4j');
  log('Resolving Neo4j from Maven Central (cached after the first run)…');
  const classpath = resolveNeo4jClasspath(projectRoot, cacheDir);
  const launcher = launcherEntry(
    path.join(projectRoot, 'neo4j-launcher', 'Launcher.java'),
    classpath,
    cacheDir,
  );

  log('Starting Neo4j…');
  const widened = privateDataDir(options.dataDir);
  if (widened)
    log(
      `Warning: ${options.dataDir} was readable by other users (mode ${widened}); it is now 700. Files copied elsewhere keep their old modes.`,
    );
  const password = localPassword(options.dataDir);
  const logFile = path.join(options.dataDir, 'launcher.log');
  const logStream = createWriteStream(logFile, { flags: 'a', mode: 0o600 });
  const child = spawn(
    '/bin/sh',
    ['-c', LAUNCH, 'neo4j-launch', ...javaArgs(options, launcher, port)],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NEO4J_LAUNCH_PASSWORD: password,
        NEO4J_LAUNCH_NICE: String(options.background?.niceness ?? 0),
      },
    },
  );
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });
  child.once('exit', () => logStream.end());

  const uri = `bolt://127.0.0.1:${port}`;
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  try {
    await waitForReady(child, timeoutMs);
    await verifyBolt(uri, password, 30_000);
  } catch (error) {
    await stopChild(child);
    const debugLog = path.join(options.dataDir, 'home', 'logs', 'debug.log');
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      'NEO4J_START_FAILED',
      `Neo4j did not start: ${reason}.\n--- ${logFile} (tail) ---\n${tail(logFile, 15)}\n--- ${debugLog} (tail) ---\n${tail(debugLog, 10)}`,
      `Read the logs above. A "lock" error means another Neo4j uses ${options.dataDir}: stop it, or set NEO4J_DATA_DIR to another folder.`,
      { cause: error },
    );
  }
  log(`Neo4j is up at ${uri} (data in ${options.dataDir}).`);

  let stopping: Promise<void> | undefined;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    exited,
    uri,
    username: LOCAL_USER,
    password,
    port,
    pid: child.pid,
    logFile,
    stop: () => (stopping ??= stopChild(child)),
  };
}
