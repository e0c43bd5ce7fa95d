import { describe, expect, it } from 'vitest';
import { importOptions } from '../../../../core/import/options.js';
import {
  columnsOf,
  endProblem,
  headerProblems,
  noIdProblem,
  roleOf,
  type RowPlan,
} from '../../../../core/import/rows.js';

const options = importOptions(undefined, 'ds');

function planOf(header: string[]): RowPlan {
  const { roles, taken } = columnsOf(header, roleOf('sheet', header, options), options);
  return {
    place: { file: 'a.csv' },
    header,
    roles,
    taken,
    shapes: [],
    fallbackLabel: undefined,
    gephiType: false,
  };
}

describe('rows of a sheet', () => {
  it('names both columns that would become one property, at the header row', () => {
    const [problem, ...rest] = headerProblems({ file: 'a.csv' }, ['Full name', 'full_name', 'Id']);
    expect(rest).toEqual([]);
    expect(problem?.place).toEqual({ file: 'a.csv', row: 1, column: 'full_name' });
    expect(problem?.message).toContain('"Full name" and "full_name"');
  });

  it('takes a sheet with From and To for edges, unless the manifest names it the nodes sheet', () => {
    expect(roleOf('links', ['From', 'To'], options)).toBe('edges');
    const named = importOptions({ import: { sheets: { nodes: 'links' } } }, 'ds');
    expect(roleOf('links', ['From', 'To'], named)).toBe('nodes');
  });

  it('places a missing id at the id column of its row', () => {
    expect(noIdProblem(planOf(['Id', 'Name']), 7).place).toEqual({
      file: 'a.csv',
      row: 7,
      column: 'Id',
    });
  });

  it('tells an empty end from an end that names no node', () => {
    const plan = planOf(['From', 'To']);
    expect(endProblem(plan, 3, 'to', undefined).message).toBe('the to end is empty');
    expect(endProblem(plan, 3, 'from', 'Ada')).toMatchObject({
      place: { row: 3, column: 'From' },
      message: 'no node has the id or label "Ada"',
    });
  });
});
