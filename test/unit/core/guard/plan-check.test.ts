import { describe, expect, it } from 'vitest';
import { checkPlan, procedureOf, type PlanNode } from '../../../../core/guard/plan-check.js';

// Hand-written plans in the shape Neo4j 5's EXPLAIN returns.
const op = (operatorType: string, children: PlanNode[] = [], details = ''): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: { Details: details },
  children,
});

const verdict = (plan: PlanNode) => {
  try {
    checkPlan(plan);
    return 'allowed';
  } catch (error) {
    return (error as { message: string }).message;
  }
};

describe('checkPlan', () => {
  it('allows a plan of reads', () => {
    const plan = op('ProduceResults', [op('Filter', [op('NodeByLabelScan')])]);
    expect(verdict(plan)).toBe('allowed');
  });

  it('refuses LOAD CSV deep in a plan', () => {
    const plan = op('ProduceResults', [op('LoadCSV', [op('Projection')])]);
    expect(verdict(plan)).toMatch(/operator LoadCSV/);
  });

  it('refuses SHOW TRANSACTIONS and TERMINATE TRANSACTIONS', () => {
    expect(verdict(op('ProduceResults', [op('ShowTransactions')]))).toMatch(/ShowTransactions/);
    expect(verdict(op('ProduceResults', [op('TerminateTransactions')]))).toMatch(/Terminate/);
  });

  it('refuses an operator it does not know', () => {
    expect(verdict(op('ProduceResults', [op('SomethingNew')]))).toMatch(/SomethingNew/);
  });

  it('refuses a procedure off the allow-list and allows one on it', () => {
    const stats = op(
      'ProcedureCall',
      [],
      'db.stats.retrieve($autostring_0) :: (section :: STRING)',
    );
    const labels = op('ProcedureCall', [], 'db.labels() :: (label :: STRING)');
    expect(verdict(op('ProduceResults', [stats]))).toMatch(/db\.stats\.retrieve/);
    expect(verdict(op('ProduceResults', [labels]))).toBe('allowed');
  });

  it('reads the procedure name from the operator details', () => {
    expect(
      procedureOf(op('ProcedureCall', [], 'db.index.fulltext.queryNodes($a, $b) :: (…)')),
    ).toBe('db.index.fulltext.querynodes');
  });
});
