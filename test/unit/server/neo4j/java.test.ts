import { describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../../../server/neo4j/java.js';

describe('parseJavaMajor', () => {
  it('reads a modern OpenJDK version line', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
  });

  it('reads the 1.x scheme of Java 8 as 8', () => {
    expect(parseJavaMajor('java version "1.8.0_402"')).toBe(8);
  });

  it('reads a bare major version', () => {
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
  });

  it('returns undefined for output that is not a version', () => {
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});
