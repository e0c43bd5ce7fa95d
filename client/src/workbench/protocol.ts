// Messages between the workbench and its language worker, which runs Neo4j's
// Cypher language service (@neo4j-cypher/language-support) off the main thread.

/** The graph's names as the language service wants them (its DbSchema, trimmed). */
export interface LanguageSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export type LanguageRequest =
  | { kind: 'lint'; query: string; schema: LanguageSchema }
  | { kind: 'complete'; query: string; offset: number; manual: boolean; schema: LanguageSchema }
  | { kind: 'format'; query: string };

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

export type LanguageResult =
  | { kind: 'lint'; diagnostics: LanguageDiagnostic[] }
  | { kind: 'complete'; completions: LanguageCompletion[] }
  | { kind: 'format'; text: string };

export interface WorkerRequest {
  id: number;
  request: LanguageRequest;
}

export type WorkerResponse = { id: number; result: LanguageResult } | { id: number; error: string };
