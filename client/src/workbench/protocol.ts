// Messages between the workbench and its language worker, which runs Neo4j's
// Cypher language service (@neo4j-cypher/language-support) off the main thread.
import type { CypherFunction, CypherProcedure } from '../../../contract/index.js';

/** The graph's names and callable routines as GET /api/schema gives them (the service's DbSchema, trimmed). */
export interface LanguageSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: CypherFunction[];
  procedures: CypherProcedure[];
}

export type LanguageRequest =
  | { kind: 'lint'; query: string; schema: LanguageSchema }
  | { kind: 'complete'; query: string; offset: number; manual: boolean; schema: LanguageSchema }
  | { kind: 'format'; query: string }
  | { kind: 'signature'; query: string; offset: number; schema: LanguageSchema }
  | { kind: 'colour'; query: string };

/** One problem the service found: offsets into the query, severity 1 error … 4 hint. */
export interface LanguageDiagnostic {
  from: number;
  to: number;
  severity: number;
  message: string;
}

/** A completion: `kind` is the LSP CompletionItemKind number. */
export interface LanguageCompletion {
  label: string;
  /** What to insert when it differs from the label (a name that needs backticks). */
  insertText?: string;
  kind?: number;
  detail?: string;
  documentation?: string;
}

/** The signature of the function or procedure being called at the caret, and the argument there. */
export interface LanguageSignature {
  label: string;
  documentation?: string;
  parameters: { label: string; documentation?: string }[];
  activeParameter?: number;
}

export type LanguageResult =
  | { kind: 'lint'; diagnostics: LanguageDiagnostic[] }
  | { kind: 'complete'; completions: LanguageCompletion[] }
  | { kind: 'format'; text: string }
  | { kind: 'signature'; signature: LanguageSignature | undefined }
  | { kind: 'colour'; tokens: LanguageToken[] };

/** One coloured token: its offset, length and the service's token type (keyword, label, …). */
export interface LanguageToken {
  from: number;
  length: number;
  type: string;
}

export interface WorkerRequest {
  id: number;
  request: LanguageRequest;
}

export type WorkerResponse = { id: number; result: LanguageResult } | { id: number; error: string };
