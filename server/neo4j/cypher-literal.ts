/**
 * Driver values as Cypher literals, so an exported script writes back
 * exactly what was read: an INTEGER stays an integer and a FLOAT a float
 * (5 and 5.0), a DATE a date('…'), a list a list. A map is no property
 * value in Neo4j and never reaches here.
 */
import neo4j from 'neo4j-driver';

/** A Cypher string literal: quote, backslash and control characters escaped. */
export function stringLiteral(s: string): string {
  let body = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (c === '\\') body += '\\\\';
    else if (c === "'") body += "\\'";
    else if (c === '\n') body += '\\n';
    else if (c === '\r') body += '\\r';
    else if (c === '\t') body += '\\t';
    else if (code < 0x20 || code === 0x2028 || code === 0x2029)
      body += `\\u${code.toString(16).padStart(4, '0')}`;
    else body += c;
  }
  return `'${body}'`;
}

function floatLiteral(v: number): string {
  if (Number.isNaN(v)) return '0.0 / 0.0';
  if (!Number.isFinite(v)) return v > 0 ? '1.0 / 0.0' : '-1.0 / 0.0';
  const text = String(v);
  if (/e/i.test(text)) return `toFloat('${text}')`;
  return Number.isInteger(v) ? `${text}.0` : text;
}

export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return stringLiteral(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return floatLiteral(v);
  if (typeof v === 'bigint') return v.toString();
  if (neo4j.isInt(v)) return v.toString();
  if (neo4j.isDate(v)) return `date('${String(v)}')`;
  if (neo4j.isDateTime(v)) return `datetime('${String(v)}')`;
  if (neo4j.isLocalDateTime(v)) return `localdatetime('${String(v)}')`;
  if (neo4j.isTime(v)) return `time('${String(v)}')`;
  if (neo4j.isLocalTime(v)) return `localtime('${String(v)}')`;
  if (neo4j.isDuration(v)) return `duration('${String(v)}')`;
  if (neo4j.isPoint(v)) {
    const z = v.z === undefined ? '' : `, z: ${floatLiteral(v.z)}`;
    return `point({srid: ${v.srid.toString()}, x: ${floatLiteral(v.x)}, y: ${floatLiteral(v.y)}${z}})`;
  }
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  throw new Error(`A value of type ${typeof v} cannot be written as a Cypher literal.`);
}

/**
 * The same value as text that tells types apart (5 from 5.0, a date from a
 * string), for a checksum of the graph's content.
 */
export function typedText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(typedText).join(',')}]`;
  if (typeof v === 'number') return `f:${v}`;
  if (typeof v === 'string') return `s:${JSON.stringify(v)}`;
  if (neo4j.isInt(v)) return `i:${v.toString()}`;
  return `${typeof v}:${cypherLiteral(v)}`;
}
