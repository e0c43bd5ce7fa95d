import { describe, expect, it } from 'vitest';
import { parseSavedQuery } from '../../../../server/query/library.js';

describe('parseSavedQuery', () => {
  it('reads the header lines and keeps the Cypher after them', () => {
    const text = [
      '// name: Licences',
      '// description: Who got licences',
      '// description: and on what terms.',
      '// audience: journalist, analyst',
      '// params: {"id": "x"}',
      'MATCH (n {id: $id}) RETURN n;',
    ].join('\n');
    expect(parseSavedQuery('q1', text)).toEqual({
      id: 'q1',
      name: 'Licences',
      description: 'Who got licences and on what terms.',
      audience: ['journalist', 'analyst'],
      cypher: 'MATCH (n {id: $id}) RETURN n',
      params: { id: 'x' },
    });
  });

  it('fails, naming the file, when the description is missing', () => {
    expect(() => parseSavedQuery('q2', '// name: x\nRETURN 1')).toThrow(/q2/);
  });
});
