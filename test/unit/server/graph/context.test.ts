import { describe, expect, it } from 'vitest';
import { matchById } from '../../../../server/graph/context.js';

describe('matchById', () => {
  it("asks each label's id index when every label has one", () => {
    expect(matchById({ labels: ['B', 'A'], idLabels: ['A', 'B'] }, 'n')).toBe(
      'CALL () { MATCH (x:`A` {id: $id}) RETURN x UNION MATCH (x:`B` {id: $id}) RETURN x UNION ' +
        'MATCH (x) WHERE elementId(x) = $id AND x.id IS NULL AND NOT x:_Private RETURN x } WITH x AS n',
    );
  });

  it('never reaches a private node (an account, a draft) by its element id', () => {
    expect(matchById({ labels: ['A'], idLabels: ['A'] }, 'n')).toContain('NOT x:_Private');
    expect(matchById({ labels: ['A', 'Memo'], idLabels: ['A'] }, 'n')).toContain('NOT n:_Private');
  });

  it('keeps variables bound before it', () => {
    expect(matchById({ labels: ['A'], idLabels: ['A'] }, 'b', 'to', ['a'])).toMatch(
      / WITH a, x AS b$/,
    );
  });

  it('scans all nodes when some label has no index on id', () => {
    expect(matchById({ labels: ['A', 'Memo'], idLabels: ['A'] }, 'n')).toBe(
      'MATCH (n) WHERE n.id = $id OR (n.id IS NULL AND elementId(n) = $id AND NOT n:_Private)',
    );
  });
});
