// The language worker: Neo4j's Cypher parser, linter (with its semantic
// analysis, tens of MB of JavaScript), completion and formatter. It loads only
// when the workbench first asks, and keeps the editor responsive while it works.
import { autocomplete, formatQuery, lintCypherQuery } from '@neo4j-cypher/language-support';
import type {
  LanguageCompletion,
  LanguageRequest,
  LanguageResult,
  WorkerRequest,
  WorkerResponse,
} from './protocol.js';

/** LSP text is a string or { kind, value } markup; the editor shows plain text. */
function plain(d: string | { value: string } | undefined): string | undefined {
  if (!d) return undefined;
  return typeof d === 'string' ? d : d.value;
}

function handle(r: LanguageRequest): LanguageResult {
  switch (r.kind) {
    case 'lint':
      return {
        kind: 'lint',
        diagnostics: lintCypherQuery(r.query, r.schema).map((d) => ({
          from: d.offsets.start,
          to: d.offsets.end,
          severity: d.severity ?? 1,
          message: plain(d.message) ?? '',
        })),
      };
    case 'complete':
      return {
        kind: 'complete',
        completions: autocomplete(r.query, r.schema, r.offset, r.manual).map(
          (c): LanguageCompletion => ({
            label: c.label,
            insertText: c.insertText,
            kind: c.kind,
            detail: c.detail,
            documentation: plain(c.documentation),
          }),
        ),
      };
    case 'format':
      return { kind: 'format', text: formatQuery(r.query) };
  }
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const { id, request } = ev.data;
  let reply: WorkerResponse;
  try {
    reply = { id, result: handle(request) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
