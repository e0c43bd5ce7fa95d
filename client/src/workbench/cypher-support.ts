// What the editor makes of Neo4j's language service: lint squiggles (with the
// server guard's refusal added, so a query it would refuse is flagged before
// running), completions typed for CodeMirror's icons, and a format command.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import type { Diagnostic } from '@codemirror/lint';
import { CodedError } from '../../../core/errors.js';
import { checkReadOnlyText } from '../../../core/guard/guard.js';
import type { LanguageService } from './language.js';
import type { LanguageCompletion, LanguageDiagnostic, LanguageSchema } from './protocol.js';

const SEVERITY: Record<number, Diagnostic['severity']> = {
  1: 'error',
  2: 'warning',
  3: 'info',
  4: 'hint',
};

/** The service's diagnostics as CodeMirror's, kept inside the document. */
export function toEditorDiagnostics(
  found: readonly LanguageDiagnostic[],
  length: number,
): Diagnostic[] {
  return found.map((d) => {
    const from = Math.max(0, Math.min(d.from, length));
    return {
      from,
      to: Math.max(from, Math.min(d.to, length)),
      severity: SEVERITY[d.severity] ?? 'error',
      message: d.message,
      source: 'Cypher',
    };
  });
}

/**
 * The server guard's verdict on the query, as a diagnostic over the whole text:
 * the same check POST /api/query makes first, so its reason shows before running.
 */
export function guardDiagnostic(query: string): Diagnostic | undefined {
  if (!query.trim()) return undefined;
  try {
    checkReadOnlyText(query);
    return undefined;
  } catch (e) {
    if (!(e instanceof CodedError) || e.code !== 'QUERY_REFUSED') return undefined;
    return { from: 0, to: query.length, severity: 'error', message: e.message, source: 'guard' };
  }
}

// LSP CompletionItemKind numbers → CodeMirror's completion types (its icons).
const TYPE: Record<number, string> = {
  2: 'method', // procedures
  3: 'function',
  6: 'variable',
  10: 'property',
  12: 'constant',
  14: 'keyword',
  15: 'text', // snippets such as -[]->()
  25: 'type', // labels and relationship types
};

export function toCompletion(c: LanguageCompletion): Completion {
  const out: Completion = { label: c.label, type: TYPE[c.kind ?? 0] ?? 'text' };
  if (c.insertText && c.insertText !== c.label) out.apply = c.insertText;
  if (c.detail) out.detail = c.detail;
  if (c.documentation) out.info = c.documentation;
  return out;
}

export function completionSource(service: LanguageService, schema: () => LanguageSchema) {
  return async (ctx: CompletionContext): Promise<CompletionResult | null> => {
    const word = ctx.matchBefore(/[\w$`]*/);
    const typed = word ? word.to > word.from : false;
    // Offer on request (Ctrl+Space), while typing a word, or after ":" "." "(".
    const after = ctx.state.sliceDoc(Math.max(0, ctx.pos - 1), ctx.pos);
    if (!ctx.explicit && !typed && !/[:.(\s]/.test(after)) return null;
    const found = await service.complete(ctx.state.doc.toString(), ctx.pos, ctx.explicit, schema());
    if (!found.length) return null;
    return { from: word?.from ?? ctx.pos, options: found.map(toCompletion), validFor: /^[\w$`]*$/ };
  };
}

export function lintSource(service: LanguageService, schema: () => LanguageSchema) {
  return async (view: EditorView): Promise<Diagnostic[]> => {
    const query = view.state.doc.toString();
    // A hidden editor (the workbench tab not yet opened) does not start the
    // worker; the linter runs again once the editor is laid out (lintRefresh).
    if (!query.trim() || view.dom.getClientRects().length === 0) return [];
    const found = toEditorDiagnostics(await service.lint(query, schema()), query.length);
    const refusal = guardDiagnostic(query);
    return refusal ? [refusal, ...found] : found;
  };
}

/** Lint again when the editor appears or gains focus, not only on edits. */
export const lintRefresh = (u: ViewUpdate) => u.geometryChanged || u.focusChanged;

/** Rewrites the whole query in Neo4j's canonical layout. */
export async function formatDocument(view: EditorView, service: LanguageService): Promise<void> {
  const before = view.state.doc.toString();
  const text = await service.format(before);
  if (text !== before && view.state.doc.toString() === before)
    view.dispatch({ changes: { from: 0, to: before.length, insert: text } });
}
