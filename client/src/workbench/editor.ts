// The CodeMirror 6 editor of the workbench, on Neo4j's language service:
// its syntax colouring, diagnostics as one types, clause-aware completion,
// signature help and formatting (Shift+Alt+F); Ctrl+Enter to run, and a mark
// where Neo4j reports an error after running.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import { EditorSelection, Prec, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  drawSelection,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
  type DecorationSet,
} from '@codemirror/view';
import { syntaxColours } from './colour.js';
import { completionSource, formatDocument, lintRefresh, lintSource } from './cypher-support.js';
import { errorRange } from './error-range.js';
import type { LanguageService } from './language.js';
import type { LanguageSchema } from './protocol.js';
import { signatureHelp } from './signature.js';

const setError = StateEffect.define<{ from: number; to: number } | null>();

const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setError)) {
        next = e.value
          ? Decoration.set([
              Decoration.mark({
                class: 'cm-error-mark',
                attributes: { title: 'Neo4j reports an error here' },
              }).range(e.value.from, e.value.to),
            ])
          : Decoration.none;
      }
    }
    // Editing clears the mark: it no longer points at the right place.
    return tr.docChanged ? Decoration.none : next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export interface CypherEditor {
  view: EditorView;
  text(): string;
  setText(s: string): void;
  markError(line: number, column: number): void;
  clearError(): void;
  format(): Promise<void>;
}

export function createEditor(
  parent: HTMLElement,
  opts: {
    schema: () => LanguageSchema;
    service: LanguageService;
    onRun: () => void;
    doc?: string;
  },
): CypherEditor {
  const { service, schema } = opts;
  const view = new EditorView({
    parent,
    doc: opts.doc ?? '',
    extensions: [
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              opts.onRun();
              return true;
            },
          },
          {
            key: 'Shift-Alt-f',
            run: (v) => {
              void formatDocument(v, service);
              return true;
            },
          },
        ]),
      ),
      // The npm "codemirror" package here is CodeMirror 5, so the basic setup is spelled out.
      lineNumbers(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      bracketMatching(),
      closeBrackets(),
      keymap.of([
        ...closeBracketsKeymap,
        ...defaultKeymap,
        ...historyKeymap,
        ...completionKeymap,
        ...lintKeymap,
      ]),
      placeholder('MATCH (n) RETURN n LIMIT 25   — Ctrl+Enter runs'),
      syntaxColours(service),
      signatureHelp(service, schema),
      autocompletion({ override: [completionSource(service, schema)] }),
      linter(lintSource(service, schema), { delay: 400, needsRefresh: lintRefresh }),
      lintGutter(),
      errorField,
      EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
      EditorView.lineWrapping,
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (s) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: s } }),
    markError: (line, column) => {
      const r = errorRange(view.state.doc.toString(), line, column);
      view.dispatch({
        effects: setError.of(r),
        selection: EditorSelection.cursor(r.from),
        scrollIntoView: true,
      });
    },
    clearError: () => view.dispatch({ effects: setError.of(null) }),
    format: () => formatDocument(view, service),
  };
}
