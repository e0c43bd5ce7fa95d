// The language worker: Neo4j's Cypher parser, linter (with its semantic
// analysis, tens of MB of JavaScript), completion and formatter. It loads only
// when the workbench first asks, and keeps the editor responsive while it works.
import {
  applySyntaxColouring,
  autocomplete,
  formatQuery,
  lintCypherQuery,
  signatureHelp,
  type DbSchema,
  type Neo4jFunction,
  type Neo4jProcedure,
} from '@neo4j-cypher/language-support';
import type {
  LanguageCompletion,
  LanguageRequest,
  LanguageResult,
  LanguageSchema,
  LanguageSignature,
  WorkerRequest,
  WorkerResponse,
} from './protocol.js';

/** LSP text is a string or { kind, value } markup; the editor shows plain text. */
function plain(d: string | { value: string } | undefined): string | undefined {
  if (!d) return undefined;
  return typeof d === 'string' ? d : d.value;
}

const byName = <T extends { name: string }>(xs: T[]) =>
  Object.fromEntries(xs.map((x) => [x.name, x]));

/** The schema as the service's DbSchema: the same routines for either Cypher version. */
function dbSchema(s: LanguageSchema): DbSchema {
  const functions = byName(s.functions.map((f): Neo4jFunction => ({ ...f })));
  const procedures = byName(
    s.procedures.map((p): Neo4jProcedure => ({ ...p, option: { deprecated: p.isDeprecated } })),
  );
  return {
    labels: s.labels,
    relationshipTypes: s.relationshipTypes,
    propertyKeys: s.propertyKeys,
    functions: { 'CYPHER 5': functions, 'CYPHER 25': functions },
    procedures: { 'CYPHER 5': procedures, 'CYPHER 25': procedures },
  };
}

function signatureAt(query: string, offset: number, schema: LanguageSchema) {
  const help = signatureHelp(query, dbSchema(schema), offset);
  const found = help.signatures[help.activeSignature ?? 0];
  if (!found) return undefined;
  const signature: LanguageSignature = {
    label: found.label,
    documentation: plain(found.documentation),
    parameters: (found.parameters ?? []).map((p) => ({
      label: typeof p.label === 'string' ? p.label : found.label.slice(p.label[0], p.label[1]),
      documentation: plain(p.documentation),
    })),
    activeParameter: help.activeParameter ?? undefined,
  };
  return signature;
}

function handle(r: LanguageRequest): LanguageResult {
  switch (r.kind) {
    case 'lint':
      return {
        kind: 'lint',
        diagnostics: lintCypherQuery(r.query, dbSchema(r.schema)).map((d) => ({
          from: d.offsets.start,
          to: d.offsets.end,
          severity: d.severity ?? 1,
          message: plain(d.message) ?? '',
        })),
      };
    case 'complete':
      return {
        kind: 'complete',
        completions: autocomplete(r.query, dbSchema(r.schema), r.offset, r.manual).map(
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
    case 'colour':
      return {
        kind: 'colour',
        tokens: applySyntaxColouring(r.query).map((t) => ({
          from: t.position.startOffset,
          length: t.length,
          type: t.tokenType,
        })),
      };
    case 'signature':
      return { kind: 'signature', signature: signatureAt(r.query, r.offset, r.schema) };
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
