// The curation part of a node's or a link's details: its History one click
// away (for everyone), and for editors and reviewers the drafts that would
// change it (marked as drafts), a correction form (a property's new value
// and why, sent as a draft at the version the editor saw) and its comments.
// details.ts appends it; it follows sign-in and sign-out by itself.
import type { Draft } from '../../../../contract/index.js';
import { curationApi } from '../../api/curation.js';
import { account } from '../account/session.js';
import { errorText, h } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { commentsBlock } from './comments.js';
import { describeOperation } from './describe.js';
import { openHistory } from './history.js';

/** A typed value: a number or true/false/null as such, JSON when it parses, else the text. */
export function typedValue(text: string): unknown {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  if (t.startsWith('[') || t.startsWith('{')) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function correctionForm(ctx: Pick<Explorer, 'bus'>, key: string, names: string[]) {
  const status = h('p', { class: 'curation-error', role: 'alert' });
  const property = h('input', { name: 'property', list: `props-${key}`, 'aria-label': 'Property' });
  const value = h('input', { name: 'value', 'aria-label': 'New value' });
  const why = h('input', { name: 'why', 'aria-label': 'Why' });
  const form = h(
    'form',
    { class: 'correction needs-editor', 'aria-label': 'Correct this claim' },
    h('datalist', { id: `props-${key}` }, ...names.map((n) => h('option', { value: n }))),
    h('label', {}, 'Property ', property),
    h('label', {}, 'New value ', value),
    h('label', {}, 'Why ', why),
    h('button', { type: 'submit', text: 'Propose the correction' }),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    status.textContent = '';
    const set = { [property.value.trim()]: typedValue(value.value) };
    void (async () => {
      // The version the editor corrects: a change published meanwhile makes the server answer 409.
      const { version } = await curationApi.history(key);
      const op = key.includes('|')
        ? { kind: 'edit-relationship' as const, key, set, unset: [] }
        : { kind: 'edit-node' as const, id: key, set, unset: [] };
      await curationApi.propose({ op, why: why.value, baseVersions: { [key]: version } });
    })().then(
      () => {
        status.textContent = 'Proposed: a reviewer publishes it.';
        ctx.bus.emit('notice', { text: 'Correction drafted for review.' });
      },
      (e: unknown) => (status.textContent = errorText(e)),
    );
  });
  return form;
}

async function draftsOn(key: string): Promise<Draft[]> {
  const { drafts } = await curationApi.drafts('open');
  return drafts.filter((d) => d.keys.includes(key));
}

export function curationSection(
  ctx: Pick<Explorer, 'bus'>,
  key: string,
  title: string,
  properties: Record<string, unknown>,
): HTMLElement {
  const root = h('section', { class: 'curation-section', 'aria-label': 'Curation' });
  const render = () => {
    const history = h('button', {
      type: 'button',
      text: 'History',
      title: 'Who changed it, when, before and after, why',
      onclick: () => openHistory(ctx, key, title),
    });
    root.replaceChildren(h('div', { class: 'row' }, history));
    if (!account.can('editor')) return;
    const pending = h('ul', { class: 'plain drafts-here', 'aria-label': 'Drafts that change it' });
    root.append(
      pending,
      correctionForm(
        ctx,
        key,
        Object.keys(properties).filter((k) => k !== 'id'),
      ),
      commentsBlock(key),
    );
    draftsOn(key).then(
      (drafts) =>
        pending.replaceChildren(
          ...drafts.map((d) =>
            h('li', {}, h('span', { class: 'draft-chip', text: 'Draft' }), describeOperation(d.op)),
          ),
        ),
      () => undefined,
    );
  };
  const off = account.subscribe(() => (root.isConnected ? render() : off()));
  render();
  return root;
}
