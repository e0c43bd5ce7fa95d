/**
 * What each statement of a script is for, the way cypher-shell reads a
 * script: schema commands (which Neo4j runs outside any data transaction),
 * data statements, and cypher-shell's own `:` commands.
 */
import { maskCypher, scanCypher, type CypherStatement } from '../../core/cypher/text.js';

export type ScriptStep =
  | { kind: 'schema'; text: string; line: number }
  /** `what`: the rows a generated statement writes, named if Neo4j refuses it. */
  | { kind: 'data'; text: string; line: number; what?: string }
  /** `:param name => expr` (name set) or `:param {map}` (name undefined). */
  | { kind: 'param'; name: string | undefined; expression: string; line: number };

/** A statement the loader will not run, with what to write instead. */
export class ScriptProblem extends Error {
  readonly line: number;
  readonly fix: string;
  constructor(line: number, problem: string, fix: string) {
    super(problem);
    this.name = 'ScriptProblem';
    this.line = line;
    this.fix = fix;
  }
}

const SCHEMA =
  /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)\s+)?(INDEX|CONSTRAINT)\b/i;
const SCHEMA_PROCEDURE =
  /^CALL\s+db\.(awaitIndex|awaitIndexes|index\.fulltext\.awaitEventuallyConsistentIndexRefresh)\b/i;
const OLD_FULLTEXT = /^CALL\s+db\.index\.fulltext\.create(Node|Relationship)Index\b/i;

/** The Neo4j 5 form of a Neo4j 4 schema statement, or undefined when it is not one. */
export function neo4j5Form(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  const index =
    /^CREATE (?:BTREE )?INDEX (?:(\S+) )?(IF NOT EXISTS )?ON :(`[^`]+`|\w+) ?\(([^)]*)\)$/i.exec(t);
  if (index) {
    const [, name, ifNot, label, props] = index;
    const on = (props ?? '')
      .split(',')
      .map((p) => `n.${p.trim()}`)
      .join(', ');
    return `CREATE INDEX ${name ? `${name} ` : ''}${ifNot ?? ''}FOR (n:${label}) ON (${on})`;
  }
  const constraint = /^CREATE CONSTRAINT (?:(\S+) )?(IF NOT EXISTS )?ON (.+?) ASSERT (.+)$/i.exec(
    t,
  );
  if (constraint) {
    const [, name, ifNot, pattern, rule] = constraint;
    const required = (rule ?? '').replace(/^exists\s*\((.+)\)$/i, '$1 IS NOT NULL');
    return `CREATE CONSTRAINT ${name ? `${name} ` : ''}${ifNot ?? ''}FOR ${pattern} REQUIRE ${required}`;
  }
  if (/^DROP (INDEX|CONSTRAINT) ON\b/i.test(t)) {
    const kind = /^DROP INDEX/i.test(t) ? 'INDEX' : 'CONSTRAINT';
    return `DROP ${kind} <name> IF EXISTS (SHOW ${kind}S lists the names)`;
  }
  if (OLD_FULLTEXT.test(t)) {
    return 'CREATE FULLTEXT INDEX <name> IF NOT EXISTS FOR (n:Label) ON EACH [n.property]';
  }
  return undefined;
}

function withoutComments(text: string): string {
  return scanCypher(text)
    .filter((s) => s.kind !== 'comment')
    .map((s) => text.slice(s.start, s.end))
    .join('');
}

function command(statement: CypherStatement): ScriptStep | undefined {
  const text = statement.text.replace(/;\s*$/, '').trim();
  const [word = ''] = /^:\w+/.exec(text) ?? [];
  const rest = text.slice(word.length).trim();
  switch (word.toLowerCase()) {
    case ':begin':
    case ':commit':
      // The whole load is already one transaction.
      return undefined;
    case ':param': {
      if (rest.startsWith('{')) {
        return { kind: 'param', name: undefined, expression: rest, line: statement.line };
      }
      const named = /^(`[^`]+`|\w+)\s*(=>|:)\s*([\s\S]+)$/.exec(rest);
      if (named?.[1] && named[3]) {
        const name = named[1].replace(/^`|`$/g, '');
        return { kind: 'param', name, expression: named[3], line: statement.line };
      }
      throw new ScriptProblem(
        statement.line,
        `cannot read "${text}"`,
        "write :param name => 'value' or :param {name: 'value'}",
      );
    }
    default:
      throw new ScriptProblem(
        statement.line,
        `the loader does not run the cypher-shell command ${word || text}`,
        'remove that line; the loader reads :param, :begin, :commit and Cypher',
      );
  }
}

/** Sorts one statement into schema, data or a parameter; cypher-shell commands that change nothing vanish. */
export function classify(statement: CypherStatement): ScriptStep | undefined {
  if (statement.command) return command(statement);
  const code = maskCypher(statement.text).trim();
  const modern = neo4j5Form(code) === undefined;
  if (!modern) {
    const fix = neo4j5Form(withoutComments(statement.text)) ?? '';
    throw new ScriptProblem(
      statement.line,
      'Neo4j 5 no longer accepts this Neo4j 4 schema statement',
      `write it as: ${fix}`,
    );
  }
  const { text, line } = statement;
  if (SCHEMA.test(code) || SCHEMA_PROCEDURE.test(code)) return { kind: 'schema', text, line };
  return { kind: 'data', text, line };
}

export function classifyAll(statements: CypherStatement[]): ScriptStep[] {
  return statements.flatMap((s) => classify(s) ?? []);
}
