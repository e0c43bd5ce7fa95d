import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors.js';

const NETWORK_FAILURE =
  /(Could not transfer|UnknownHost|Unknown host|Connection refused|Connect to .* failed|Network is unreachable|timed out|Temporary failure in name resolution)/i;

/** Pinned, so a fresh machine resolves the same plugin Maven would pick here. */
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath';

/** True when Maven's output says it could not reach the repository. */
export function looksLikeNetworkFailure(mavenOutput: string): boolean {
  return NETWORK_FAILURE.test(mavenOutput);
}

function readCached(file: string): string[] | undefined {
  if (!existsSync(file)) return undefined;
  const jars = readFileSync(file, 'utf8').trim().split(path.delimiter).filter(Boolean);
  // A wiped ~/.m2 leaves a stale list behind: resolve again then.
  return jars.length > 0 && jars.every((jar) => existsSync(jar)) ? jars : undefined;
}

/**
 * Resolves Neo4j's jars from Maven Central through neo4j-launcher/pom.xml and returns
 * the classpath. The list is cached per pom content, so later starts skip Maven.
 */
export function resolveNeo4jClasspath(
  projectRoot: string,
  cacheDir: string,
  maven: { bin?: string; extraArgs?: string[] } = {},
): string {
  const pom = path.join(projectRoot, 'neo4j-launcher', 'pom.xml');
  const digest = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 12);
  const cacheFile = path.join(cacheDir, `classpath-${digest}.txt`);
  const cached = readCached(cacheFile);
  if (cached) return cached.join(path.delimiter);

  mkdirSync(cacheDir, { recursive: true });
  const mvn = spawnSync(
    maven.bin ?? 'mvn',
    [
      ...(maven.extraArgs ?? []),
      '-q',
      '-B',
      '-f',
      pom,
      DEPENDENCY_PLUGIN,
      `-Dmdep.outputFile=${cacheFile}`,
    ],
    { encoding: 'utf8', timeout: 15 * 60_000 },
  );
  if (mvn.error) {
    throw new StartupError(
      'MAVEN_MISSING',
      'Maven (mvn) was not found; it is needed once to fetch Neo4j from Maven Central.',
      'Install Maven (Debian: apt-get install maven), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const output = `${mvn.stdout}\n${mvn.stderr}`;
  if (mvn.status !== 0) {
    const tail = output.trim().split('\n').slice(-8).join('\n');
    if (looksLikeNetworkFailure(output)) {
      throw new StartupError(
        'MAVEN_CENTRAL_UNREACHABLE',
        `Maven could not download Neo4j from Maven Central:\n${tail}`,
        'Check the network or proxy settings (~/.m2/settings.xml), then run npm start again; or set NEO4J_URI to use an existing Neo4j.',
      );
    }
    throw new StartupError(
      'MAVEN_RESOLVE_FAILED',
      `Maven failed to resolve Neo4j:\n${tail}`,
      'Run `mvn -f neo4j-launcher/pom.xml dependency:build-classpath` to see the full error.',
    );
  }
  const resolved = readCached(cacheFile);
  if (!resolved) {
    throw new StartupError(
      'MAVEN_RESOLVE_FAILED',
      'Maven finished but wrote no usable classpath.',
      'Delete the .neo4j folder and try again.',
    );
  }
  return resolved.join(path.delimiter);
}
