// Signature help: while the caret is inside a function's or procedure's
// parentheses, a tooltip above it shows the signature from Neo4j's language
// service, the argument being typed in bold, and what the routine does.
import { StateEffect, StateField } from '@codemirror/state';
import {
  EditorView,
  ViewPlugin,
  showTooltip,
  type Tooltip,
  type ViewUpdate,
} from '@codemirror/view';
import type { LanguageService } from './language.js';
import type { LanguageSchema, LanguageSignature } from './protocol.js';

const setSignature = StateEffect.define<Tooltip | null>();

const signatureField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tooltip, tr) {
    for (const e of tr.effects) if (e.is(setSignature)) return e.value;
    // Typing moves the call; keep the tooltip where it was until the service answers again.
    return tooltip && tr.docChanged ? { ...tooltip, pos: tr.changes.mapPos(tooltip.pos) } : tooltip;
  },
  provide: (f) => showTooltip.from(f),
});

/** The tooltip's content: the signature with the active argument marked, then the description. */
export function signatureDom(sig: LanguageSignature): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-signature-help';
  const line = dom.appendChild(document.createElement('code'));
  const active = sig.parameters[sig.activeParameter ?? -1]?.label;
  const at = active ? sig.label.indexOf(active) : -1;
  if (active && at >= 0) {
    line.append(sig.label.slice(0, at));
    line.appendChild(document.createElement('strong')).textContent = active;
    line.append(sig.label.slice(at + active.length));
  } else {
    line.textContent = sig.label;
  }
  const doc = sig.parameters[sig.activeParameter ?? -1]?.documentation ?? sig.documentation;
  if (doc) dom.appendChild(document.createElement('div')).textContent = doc;
  return dom;
}

const theme = EditorView.baseTheme({
  '.cm-signature-help': { padding: '4px 8px', maxWidth: '40em', lineHeight: '1.4' },
  '.cm-signature-help code': { display: 'block', marginBottom: '2px' },
});

/** Asks the service after each edit or caret move (debounced) and shows or hides the tooltip. */
export function signatureHelp(service: LanguageService, schema: () => LanguageSchema) {
  const plugin = ViewPlugin.fromClass(
    class {
      private timer: ReturnType<typeof setTimeout> | undefined;
      constructor(private readonly view: EditorView) {}
      update(u: ViewUpdate) {
        if (u.docChanged || u.selectionSet) this.schedule();
      }
      schedule() {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.ask(), 150);
      }
      async ask() {
        const { state } = this.view;
        const query = state.doc.toString();
        const pos = state.selection.main.head;
        const sig = await service.signature(query, pos, schema()).catch(() => undefined);
        // A stale answer (the text or caret moved meanwhile) is dropped; the next one follows.
        if (this.view.state.doc.toString() !== query || this.view.state.selection.main.head !== pos)
          return;
        const tooltip: Tooltip | null = sig
          ? { pos, above: true, create: () => ({ dom: signatureDom(sig) }) }
          : null;
        this.view.dispatch({ effects: setSignature.of(tooltip) });
      }
      destroy() {
        clearTimeout(this.timer);
      }
    },
  );
  return [signatureField, plugin, theme];
}
