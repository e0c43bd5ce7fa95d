// Syntax colouring from Neo4j's language service (its own lexer and parser,
// so labels, functions, procedures and parameters are told apart): the
// worker returns typed tokens, which become CodeMirror mark decorations.
import { RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import type { LanguageService } from './language.js';
import type { LanguageToken } from './protocol.js';

const setColours = StateEffect.define<DecorationSet>();

const colourField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const e of tr.effects) if (e.is(setColours)) return e.value;
    return marks.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

const marks = new Map<string, Decoration>();
const mark = (type: string) => {
  let m = marks.get(type);
  if (!m) marks.set(type, (m = Decoration.mark({ class: `cm-cy-${type}` })));
  return m;
};

/** The service's tokens as decorations, in document order, kept inside a text of `length`. */
export function colourDecorations(tokens: readonly LanguageToken[], length: number): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  let last = 0;
  for (const t of [...tokens].sort((a, b) => a.from - b.from)) {
    const to = Math.min(t.from + t.length, length);
    if (t.type === 'none' || t.from < last || to <= t.from) continue;
    builder.add(t.from, to, mark(t.type));
    last = to;
  }
  return builder.finish();
}

// Colours in the spirit of Neo4j's own editors, readable on the light editor background.
const theme = EditorView.baseTheme({
  '.cm-cy-keyword, .cm-cy-keywordLiteral, .cm-cy-consoleCommand': {
    color: '#7c2d8e',
    fontWeight: '600',
  },
  '.cm-cy-label': { color: '#0b6e4f' },
  '.cm-cy-function, .cm-cy-predicateFunction, .cm-cy-procedure, .cm-cy-namespace': {
    color: '#1d4ed8',
  },
  '.cm-cy-variable, .cm-cy-symbolicName': { color: '#1f2937' },
  '.cm-cy-property': { color: '#9a3412' },
  '.cm-cy-stringLiteral': { color: '#b45309' },
  '.cm-cy-numberLiteral, .cm-cy-booleanLiteral': { color: '#0e7490' },
  '.cm-cy-paramDollar, .cm-cy-paramValue': { color: '#be185d' },
  '.cm-cy-comment': { color: '#6b7280', fontStyle: 'italic' },
});

/** Asks the worker for colours after each edit (debounced); a stale answer is dropped. */
export function syntaxColours(service: LanguageService) {
  const plugin = ViewPlugin.fromClass(
    class {
      private timer: ReturnType<typeof setTimeout> | undefined;
      constructor(private readonly view: EditorView) {
        this.schedule();
      }
      update(u: ViewUpdate) {
        if (u.docChanged || u.geometryChanged) this.schedule();
      }
      schedule() {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.colour(), 100);
      }
      async colour() {
        const query = this.view.state.doc.toString();
        // A hidden editor does not start the worker (see lintSource); a removed one is left alone.
        if (!this.view.dom.isConnected) return;
        if (!query.trim() || this.view.dom.getClientRects().length === 0) return;
        const tokens = await service.colour(query).catch(() => []);
        // The page may have removed the editor while the worker answered: nothing to draw on.
        if (!this.view.dom.isConnected || this.view.state.doc.toString() !== query) return;
        this.view.dispatch({ effects: setColours.of(colourDecorations(tokens, query.length)) });
      }
      destroy() {
        clearTimeout(this.timer);
      }
    },
  );
  return [colourField, plugin, theme];
}
