/**
 * The guard's database layer: Neo4j's own plan of the query, walked
 * operator by operator. Whatever trick gets a text past the lexical check,
 * the planner still has to turn it into operators, and only operators that
 * read the graph or compute values are allowed here.
 */
import { ALLOWED_PROCEDURES } from './guard.js';
import { refuse } from './refuse.js';

/** The part of a Neo4j plan this check reads (the driver's Plan has this shape). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Operators that read the graph or compute values. Anything else is refused. */
const READ_OPERATORS = new Set([
  'ProduceResults',
  'EmptyResult',
  'Argument',
  'ArgumentTracker',
  'EmptyRow',
  'Input',
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'Expand(All)',
  'Expand(Into)',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'VarLengthExpand(All)',
  'VarLengthExpand(Into)',
  'VarLengthExpand(Pruning)',
  'VarLengthExpand(Pruning,BFS,All)',
  'VarLengthExpand(Pruning,BFS,Into)',
  'BFSPruningVarExpand',
  'ShortestPath',
  'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)',
  'ProjectEndpoints',
  'Trail',
  'Repeat(Trail)',
  'NullifyMetadata',
  'Filter',
  'Projection',
  'CacheProperties',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'Top',
  'Top1WithTies',
  'PartialSort',
  'PartialTop',
  'Distinct',
  'OrderedDistinct',
  'Aggregation',
  'EagerAggregation',
  'OrderedAggregation',
  'Eager',
  'Unwind',
  'PartitionedUnwind',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'Optional',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'AssertSameNode',
  'AssertSameRelationship',
  'ProcedureCall',
]);

/** "ProduceResults@neo4j" → "ProduceResults". */
function operatorName(node: PlanNode): string {
  return node.operatorType.replace(/@.*$/, '');
}

/** The procedure a ProcedureCall runs, from its details: "db.labels() :: (…)". */
export function procedureOf(node: PlanNode): string {
  const details = node.arguments.Details;
  const text = typeof details === 'string' ? details : '';
  return (/^\s*([\w.]+)\s*\(/.exec(text)?.[1] ?? '').toLowerCase();
}

/** Every operator in the plan, children before their parents are done (iterative). */
export function planOperators(root: PlanNode): PlanNode[] {
  const all: PlanNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    all.push(node);
    stack.push(...node.children);
  }
  return all;
}

/** Throws QUERY_REFUSED when the plan holds an operator or procedure off the allow-lists. */
export function checkPlan(root: PlanNode): void {
  for (const node of planOperators(root)) {
    const name = operatorName(node);
    if (!READ_OPERATORS.has(name)) {
      refuse(`the database would run the operator ${name}, which does not only read the graph`, {
        operator: name,
      });
    }
    if (name === 'ProcedureCall') {
      const procedure = procedureOf(node);
      if (!ALLOWED_PROCEDURES.has(procedure))
        refuse(`the procedure ${procedure || '(unnamed)'} is not on the allowed list`, {
          procedure,
        });
    }
  }
}
