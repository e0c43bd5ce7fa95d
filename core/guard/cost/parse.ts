/**
 * Neo4j's own Cypher grammar (the parser the workbench's language service
 * uses), so the cost check reads the query as the database will, not as a
 * lexer guesses it. The tree's nodes are read through the small interface
 * below: a rule's name, its children, and a leaf's text.
 */
import { CypherLexer, CypherParser } from '@neo4j-cypher/language-support';
import { CharStream, CommonTokenStream } from 'antlr4';

/** antlr4's PredictionMode values (its typings leave the class out of the package's entry). */
const SLL = 0;
const LL = 1;

export interface SyntaxNode {
  /** The grammar rule ('FunctionInvocation', 'ReturnItem', …), or '' for a token. */
  rule: string;
  children: SyntaxNode[];
  /** The text this node covers. */
  text: string;
}

interface AntlrNode {
  children?: AntlrNode[] | null;
  /** A rule's first and last tokens; a token's own offsets. */
  start?: { start: number } | null;
  stop?: { stop: number } | null;
  symbol?: { start: number; stop: number };
  getText(): string;
}

interface Quiet {
  removeErrorListeners(): void;
}

/** The tree over the query's own text (offsets into `source`), so spaces are kept. */
function toNode(node: AntlrNode, source: string): SyntaxNode {
  const rule = node.children === undefined ? '' : node.constructor.name.replace(/Context$/, '');
  const from = node.symbol?.start ?? node.start?.start;
  const to = node.symbol?.stop ?? node.stop?.stop;
  return {
    rule,
    children: (node.children ?? []).map((c) => toNode(c, source)),
    get text() {
      return from === undefined || to === undefined ? node.getText() : source.slice(from, to + 1);
    },
  };
}

interface Tunable extends Quiet {
  _interp: { predictionMode: number };
}

/**
 * One parse: SLL prediction, the fast mode, is tried first; a text it
 * reports errors in is parsed again with full LL, which alone decides
 * whether the grammar accepts it.
 */
function parseWith(cypher: string, mode: number): { tree: AntlrNode; errors: number } {
  // The package ships its own copy of antlr4's typings; the runtime is the same.
  const lexer = new CypherLexer(new CharStream(cypher)) as unknown as Quiet;
  lexer.removeErrorListeners();
  const parser = new CypherParser(new CommonTokenStream(lexer) as never);
  const tunable = parser as unknown as Tunable;
  tunable.removeErrorListeners();
  tunable._interp.predictionMode = mode;
  const tree = parser.statementsOrCommands() as unknown as AntlrNode;
  return { tree, errors: parser.syntaxErrorsCount };
}

/** The statement's tree, or undefined when Neo4j's grammar does not accept the text. */
export function parseStatement(cypher: string): SyntaxNode | undefined {
  let parsed = parseWith(cypher, SLL);
  if (parsed.errors > 0) parsed = parseWith(cypher, LL);
  return parsed.errors > 0 ? undefined : toNode(parsed.tree, cypher);
}

/** Child rules of a node, tokens left out. */
export function rules(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((c) => c.rule !== '');
}

/** The first descendant (depth first, the node itself included) of a rule. */
export function find(node: SyntaxNode, rule: string): SyntaxNode | undefined {
  if (node.rule === rule) return node;
  for (const child of node.children) {
    const hit = find(child, rule);
    if (hit) return hit;
  }
  return undefined;
}
