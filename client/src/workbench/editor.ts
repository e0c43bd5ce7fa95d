// The CodeMirror 6 editor of the workbench: Cypher highlighting, completion
// from the schema, Ctrl+Enter to run, and a mark where Neo4j says an error is.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
  type CompletionContext,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  bracketMatching,
  defaultHighlightStyle,
  StreamLanguage,
  syntaxHighlighting,
} from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
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
import { completeCypher, errorRange, type SchemaNames } from './completions.js';

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
}

export function createEditor(
  parent: HTMLElement,
  opts: { names: () => SchemaNames; onRun: () => void; doc?: string },
): CypherEditor {
  const complete = (c: CompletionContext) => {
    const line = c.state.doc.lineAt(c.pos);
    const before = line.text.slice(0, c.pos - line.from);
    const r = completeCypher(before, opts.names(), c.explicit);
    if (!r) return null;
    return { from: line.from + r.from, options: r.options, validFor: /^[\w`]*$/ };
  };
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
        ]),
      ),
      // The npm "codemirror" package here is CodeMirror 5, so the basic setup is spelled out.
      lineNumbers(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      bracketMatching(),
      closeBrackets(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
      placeholder('MATCH (n) RETURN n LIMIT 25   — Ctrl+Enter runs'),
      StreamLanguage.define(cypher),
      autocompletion({ override: [complete] }),
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
  };
}
