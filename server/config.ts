import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { StartupError } from './errors.js';
import { defaultConnectionLimits } from './http/connection-limits.js';
import { LOOPBACK_HOSTS as LOOPBACK } from './http/host-check.js';

const port = z.coerce.number().int().min(0).max(65535);
const boolFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Costly requests at once when HEAVY_REQUESTS_AT_ONCE is unset: half the
 * cores, at least 1 and at most 16. Neo4j sizes its query workers by the
 * cores, and a local Neo4j shares them with this process; half leaves the
 * other half for cheap requests (a node's details, search), which on 2 cores
 * kept a leaf's p50 at 14 ms beside a heavy mix where 2 at once made it 33 ms.
 * On 16 cores it lets 8 run instead of leaving 15 idle.
 */
export function defaultHeavyAtOnce(cores: number = os.availableParallelism()): number {
  return Math.min(16, Math.max(1, Math.floor(cores / 2)));
}

const envSchema = z.object({
  NEO4J_URI: z.string().trim().min(1).optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().trim().min(1).optional(),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().default('.neo4j/data'),
  NEO4J_TX_MEMORY_MB: z.coerce.number().int().min(16).default(512),
  NEO4J_HEAP_MB: z.coerce.number().int().min(256).default(1024),
  /** The analysts' own small Neo4j beside the local one (unused with NEO4J_URI). */
  ANALYST_SANDBOX: boolFlag.default(true),
  ANALYST_HEAP_MB: z.coerce.number().int().min(128).default(384),
  PORT: port.default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Unset: the bundled seed, whose manifest applies only to the Neo4j this process starts. */
  SEED_DIR: z.string().optional(),
  /** Unset: load into the Neo4j this process starts, never into one named by NEO4J_URI. */
  SEED_ON_START: boolFlag.optional(),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  QUERY_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(5000),
  QUERY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Unset: half the machine's cores (defaultHeavyAtOnce). */
  HEAVY_REQUESTS_AT_ONCE: z.coerce.number().int().min(1).max(16).optional(),
  REQUEST_RATE_PER_SECOND: z.coerce.number().min(0.1).default(10),
  REQUEST_BURST: z.coerce.number().int().min(1).default(200),
  /** How many API instances share the request rates above (each takes rate / N: rate-limit.ts). */
  API_INSTANCES: z.coerce.number().int().min(1).max(64).default(1),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(1_000),
  HTTP_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).default(32),
  CORS_ORIGIN: z.string().optional(),
  /** open: anyone reads the graph; signed-in: only people with an account (any role). */
  READ_ACCESS: z.enum(['open', 'signed-in']).default('open'),
  SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  ALLOWED_HOSTS: z.string().optional(),
  /**
   * Check every answer against its contract before it is sent (npm run dev
   * and the tests do); unset, only writes' and accounts' answers are checked.
   */
  CHECK_ANSWERS: boolFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof readConfig>;

/** Loopback names, the address the server binds to (unless a wildcard), and ALLOWED_HOSTS. */
export function allowedHosts(host: string, extra: string | undefined): string[] {
  const names = new Set(LOOPBACK);
  if (host !== '0.0.0.0' && host !== '::') names.add(host.toLowerCase());
  for (const name of (extra ?? '').split(','))
    if (name.trim()) names.add(name.trim().toLowerCase());
  return [...names];
}

/** Reads and validates the environment once, at start-up. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new StartupError(
      'CONFIG_INVALID',
      `Invalid configuration: ${lines.join('; ')}`,
      'Fix the environment variables named above (see the Configuration table in README.md).',
    );
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir: path.resolve(cwd, e.NEO4J_DATA_DIR),
      txMemoryMb: e.NEO4J_TX_MEMORY_MB,
      heapMb: e.NEO4J_HEAP_MB,
      sandbox: { enabled: e.ANALYST_SANDBOX, heapMb: e.ANALYST_HEAP_MB },
    },
    http: {
      port: e.PORT,
      host: e.HOST,
      corsOrigin: e.CORS_ORIGIN,
      allowedHosts: allowedHosts(e.HOST, e.ALLOWED_HOSTS),
      connections: {
        ...defaultConnectionLimits,
        headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
        // Node requires the whole request's limit to be at least the headers' limit.
        requestTimeoutMs: Math.max(e.HTTP_REQUEST_TIMEOUT_MS, e.HTTP_HEADERS_TIMEOUT_MS),
        keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
        maxConnections: e.HTTP_MAX_CONNECTIONS,
        maxPerAddress: e.HTTP_MAX_CONNECTIONS_PER_ADDRESS,
      },
      rate: { perSecond: e.REQUEST_RATE_PER_SECOND, burst: e.REQUEST_BURST },
      instances: e.API_INSTANCES,
    },
    seed: {
      dir: path.resolve(cwd, e.SEED_DIR ?? 'seed'),
      named: e.SEED_DIR !== undefined,
      onStart: e.SEED_ON_START,
    },
    query: {
      timeoutMs: e.QUERY_TIMEOUT_MS,
      rowCap: e.QUERY_ROW_CAP,
      ratePerMinute: e.QUERY_RATE_LIMIT_PER_MINUTE,
    },
    heavyAtOnce: e.HEAVY_REQUESTS_AT_ONCE ?? defaultHeavyAtOnce(),
    accounts: { readAccess: e.READ_ACCESS, sessionTtlMs: e.SESSION_HOURS * 60 * 60_000 },
    logLevel: e.LOG_LEVEL,
    checkAnswers: e.CHECK_ANSWERS,
  };
}
