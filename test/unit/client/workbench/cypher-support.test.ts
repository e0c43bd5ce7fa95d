import { describe, expect, it } from 'vitest';
import {
  guardDiagnostic,
  toCompletion,
  toEditorDiagnostics,
} from '../../../../client/src/workbench/cypher-support.js';

describe('toEditorDiagnostics', () => {
  it("maps the service's severities and keeps ranges inside the document", () => {
    const d = toEditorDiagnostics(
      [
        { from: 9, to: 14, severity: 2, message: 'Label Persn is not present' },
        { from: 0, to: 99, severity: 1, message: 'Query cannot conclude with MATCH' },
      ],
      20,
    );
    expect(d.map((x) => [x.from, x.to, x.severity])).toEqual([
      [9, 14, 'warning'],
      [0, 20, 'error'],
    ]);
  });
});

describe('guardDiagnostic', () => {
  it("gives the server guard's reason for a query it refuses", () => {
    const d = guardDiagnostic('MATCH (n) SET n.x = 1 RETURN n');
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(/^Refused: the query would change the graph/);
  });

  it('says nothing about a read-only query or an empty editor', () => {
    expect(guardDiagnostic('MATCH (n:Person) RETURN n.set LIMIT 3')).toBeUndefined();
    expect(guardDiagnostic('   ')).toBeUndefined();
  });
});

describe('toCompletion', () => {
  it('types completions by their LSP kind for the editor', () => {
    expect(toCompletion({ label: 'MATCH', kind: 14 }).type).toBe('keyword');
    expect(toCompletion({ label: 'Person', kind: 25 }).type).toBe('type');
    expect(toCompletion({ label: 'toUpper', kind: 3, detail: '(string)' })).toEqual({
      label: 'toUpper',
      type: 'function',
      detail: '(string)',
    });
  });

  it('inserts the backticked form of a name that needs it', () => {
    expect(toCompletion({ label: 'Made By', insertText: '`Made By`', kind: 25 }).apply).toBe(
      '`Made By`',
    );
  });
});
