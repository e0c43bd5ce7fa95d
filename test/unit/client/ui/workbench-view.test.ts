// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../../contract/index.js';
import { ApiClientError } from '../../../../client/src/api/client.js';
import {
  TABLE_ROWS,
  parseParams,
  renderHistory,
  renderLibrary,
  resultTable,
  runErrorText,
  summaryText,
} from '../../../../client/src/ui/workbench-view.js';

const result = (rows: number, truncated = false): QueryResult => ({
  columns: ['name'],
  rows: Array.from({ length: rows }, (_, i) => ({ name: `n${i}` })),
  graph: { nodes: [], edges: [] },
  summary: { queryType: 'r', rows, millis: 4, truncated, rowCap: 1000 },
});

describe('summaryText', () => {
  it('says when the rows were cut at the cap', () => {
    expect(summaryText(result(1000, true))).toBe(
      '1000 rows in 4 ms (cut at 1000) · 0 nodes, 0 relationships',
    );
  });
});

describe('resultTable', () => {
  it('shows at most TABLE_ROWS rows under one header per column', () => {
    const t = resultTable(result(TABLE_ROWS + 20));
    expect(t.querySelectorAll('th')).toHaveLength(1);
    expect(t.querySelectorAll('tbody tr')).toHaveLength(TABLE_ROWS);
  });
});

describe('renderHistory', () => {
  it('counts the earlier queries and shows each on one line', () => {
    const select = document.createElement('select');
    renderHistory(select, [{ cypher: 'MATCH (n)\n  RETURN n', params: '{}', at: '2026-01-01' }]);
    expect([...select.options].map((o) => o.text)).toEqual([
      '1 earlier queries…',
      'MATCH (n) RETURN n',
    ]);
  });
});

describe('renderLibrary', () => {
  it('says so when there are no saved queries', () => {
    const list = document.createElement('ul');
    renderLibrary(list, [], () => undefined);
    expect(list.textContent).toBe('No saved queries.');
  });

  it('opens a saved query when its name is clicked', () => {
    const list = document.createElement('ul');
    const opened: string[] = [];
    const q = {
      id: 'q1',
      name: 'Who',
      description: 'd',
      cypher: 'RETURN 1',
      params: {},
      audience: [],
    };
    renderLibrary(list, [q], (x) => opened.push(x.cypher));
    list.querySelector('button')?.click();
    expect(opened).toEqual(['RETURN 1']);
  });
});

describe('parseParams', () => {
  it('refuses a JSON array, asking for an object', () => {
    expect(parseParams('[1]')).toEqual({
      problem: 'Parameters are not valid JSON: Parameters must be a JSON object.',
    });
  });

  it('reads an empty box as no parameters', () => {
    expect(parseParams('  ')).toEqual({ params: {} });
  });
});

describe('runErrorText', () => {
  it('explains that the workbench is read-only when a write is refused', () => {
    const e = new ApiClientError(400, 'QUERY_REFUSED', 'Writes are not run.');
    expect(runErrorText(e, undefined)).toMatch(/^Writes are not run\. The workbench is read-only/);
  });

  it('names the line and column of a syntax error', () => {
    expect(runErrorText(new Error('bad'), { line: 2, column: 5 })).toBe(
      'Cypher syntax error at line 2, column 5: bad',
    );
  });
});
