import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SavedQuery } from '../../contract/index.js';

/**
 * Saved queries are plain .cypher files whose leading `// key: value`
 * comment lines describe them:
 *   // name: Who imposed export controls?
 *   // description: …   (may repeat to continue)
 *   // audience: journalist, analyst
 *   // params: {"id": "country:china"}
 */
export function parseSavedQuery(id: string, text: string): SavedQuery {
  const header: Record<string, string> = {};
  const lines = text.split('\n');
  let body = 0;
  for (const line of lines) {
    const m = /^\s*\/\/\s*(name|description|audience|params):\s?(.*)$/.exec(line);
    if (!m) break;
    const key = m[1] ?? '';
    header[key] = header[key] ? `${header[key]} ${m[2] ?? ''}` : (m[2] ?? '');
    body++;
  }
  const cypher = lines.slice(body).join('\n').trim().replace(/;\s*$/, '');
  if (!header.name || !header.description || !cypher) {
    throw new Error(
      `Saved query ${id} needs "// name:" and "// description:" lines followed by Cypher`,
    );
  }
  const params: unknown = header.params ? JSON.parse(header.params) : {};
  return {
    id,
    name: header.name.trim(),
    description: header.description.trim(),
    audience: (header.audience ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    cypher,
    params:
      typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {},
  };
}

export function readSavedQueries(dir: string): SavedQuery[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort();
  } catch {
    return [];
  }
  return files.map((f) =>
    parseSavedQuery(f.replace(/\.cypher$/, ''), readFileSync(path.join(dir, f), 'utf8')),
  );
}
