import { spawnSync } from 'node:child_process';
import { StartupError } from '../errors.js';

export const MIN_JAVA_MAJOR = 17;

/**
 * Reads the major version from `java -version` output, which goes to stderr
 * and looks like `openjdk version "17.0.15" 2025-04-15` or, for Java 8,
 * `java version "1.8.0_402"`.
 */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Fails with a clear message when Java is absent or older than Neo4j 5 needs. */
export function requireJava(javaBin = 'java'): number {
  const result = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new StartupError(
      'JAVA_MISSING',
      `Java was not found (${javaBin}).`,
      `Install a JDK ${MIN_JAVA_MAJOR}+ (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new StartupError(
      'JAVA_TOO_OLD',
      `Neo4j 5 needs Java ${MIN_JAVA_MAJOR} or newer; found ${major ?? 'an unknown version'}.`,
      `Install a JDK ${MIN_JAVA_MAJOR}+ and put it first on PATH (or set JAVA_HOME), or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  return major;
}
