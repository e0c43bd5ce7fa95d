import { describe, expect, it } from 'vitest';
import { looksLikeNetworkFailure } from '../../../../server/neo4j/classpath.js';

describe('looksLikeNetworkFailure', () => {
  it('recognises an unknown host', () => {
    expect(
      looksLikeNetworkFailure(
        'Could not transfer artifact org.neo4j:neo4j:pom:5.26.17 from/to central: repo.maven.apache.org: Unknown host',
      ),
    ).toBe(true);
  });

  it('recognises a refused connection', () => {
    expect(looksLikeNetworkFailure('Connect to localhost:3128 failed: Connection refused')).toBe(
      true,
    );
  });

  it('does not mistake a missing artifact for a network failure', () => {
    expect(
      looksLikeNetworkFailure('Could not find artifact org.neo4j:neo4j:jar:9.9.9 in central'),
    ).toBe(false);
  });
});
