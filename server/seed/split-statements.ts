/**
 * Splits a Cypher script into statements at top-level semicolons. A
 * semicolon inside a string, a backticked name or a comment does not end a
 * statement, so the script is scanned token by token rather than cut.
 */
export interface CypherStatement {
  /** The statement without its closing semicolon, trimmed. */
  text: string;
  /** 1-based line of the statement's first code character. */
  line: number;
}

export class CypherScriptError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'CypherScriptError';
    this.line = line;
  }
}

type Mode = 'code' | 'single' | 'double' | 'backtick' | 'line-comment' | 'block-comment';

const closing: Record<'single' | 'double' | 'backtick', string> = {
  single: "'",
  double: '"',
  backtick: '`',
};

export function splitStatements(script: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let mode: Mode = 'code';
  let start = 0;
  let line = 1;
  let modeStartLine = 1;
  let firstCodeLine: number | undefined;

  const finish = (end: number) => {
    const text = script.slice(start, end).trim();
    if (firstCodeLine !== undefined && text.length > 0) {
      statements.push({ text, line: firstCodeLine });
    }
    firstCodeLine = undefined;
    start = end + 1;
  };

  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === '\n') line++;

    switch (mode) {
      case 'code':
        if (ch === ';') {
          finish(i);
        } else if (ch === '/' && next === '/') {
          mode = 'line-comment';
          i++;
        } else if (ch === '/' && next === '*') {
          mode = 'block-comment';
          modeStartLine = line;
          i++;
        } else if (ch === "'" || ch === '"' || ch === '`') {
          mode = ch === "'" ? 'single' : ch === '"' ? 'double' : 'backtick';
          modeStartLine = line;
          firstCodeLine ??= line;
        } else if (ch !== undefined && !/\s/.test(ch)) {
          firstCodeLine ??= line;
        }
        break;
      case 'single':
      case 'double':
        if (ch === '\\') {
          // An escape consumes the next character, which may be a quote or a newline.
          if (next === '\n') line++;
          i++;
        } else if (ch === closing[mode]) {
          mode = 'code';
        }
        break;
      case 'backtick':
        if (ch === '`') {
          // A doubled backtick is an escaped backtick inside the name.
          if (next === '`') i++;
          else mode = 'code';
        }
        break;
      case 'line-comment':
        if (ch === '\n') mode = 'code';
        break;
      case 'block-comment':
        if (ch === '*' && next === '/') {
          mode = 'code';
          i++;
        }
        break;
    }
  }

  if (mode === 'single' || mode === 'double') {
    throw new CypherScriptError('unterminated string literal', modeStartLine);
  }
  if (mode === 'backtick') {
    throw new CypherScriptError('unterminated backticked name', modeStartLine);
  }
  if (mode === 'block-comment') {
    throw new CypherScriptError('unterminated /* comment', modeStartLine);
  }
  finish(script.length);
  return statements;
}
