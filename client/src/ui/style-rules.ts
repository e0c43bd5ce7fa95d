// The Style section of the legend drawer: three pickers (size by, colour by,
// caption) that write the style rules to the store, and the legend of a
// colour rule (a ramp or categories) with what the canvas had to say about
// it. The canvas applies the rules (ui/canvas/rules.ts); this module only
// follows the store and the canvas' answers.
import {
  METRICS,
  METRIC_NAMES,
  parseColourRule,
  parseSizeRule,
  propertyRule,
  ruleProperty,
  type PropertyKinds,
} from '../graph/style-rules.js';
import type { RulesOutcome } from './canvas.js';
import { shorten } from '../graph/elements.js';
import { clear, h } from './dom.js';
import type { Explorer } from './explorer.js';

const number = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });

function option(value: string, text: string): HTMLOptionElement {
  return h('option', { value, text });
}

/**
 * Refills a picker: its fixed choices, then the properties, keeping the
 * current value even when no visible node has that property (a link's rule).
 */
function fill(
  select: HTMLSelectElement,
  fixed: readonly [string, string][],
  props: readonly string[],
  current: string,
  toValue: (p: string) => string,
): void {
  clear(select);
  for (const [v, t] of fixed) select.append(option(v, t));
  const values = props.map((p) => [toValue(p), p] as const);
  if (!fixed.some(([v]) => v === current) && !values.some(([v]) => v === current))
    values.push([current, `${ruleProperty(current) ?? current} (not on the canvas)`]);
  if (values.length) {
    const group = h('optgroup', { label: 'Properties' });
    for (const [v, t] of values) group.append(option(v, t));
    select.append(group);
  }
  select.value = current;
}

function picker(id: string, text: string): { row: HTMLElement; select: HTMLSelectElement } {
  const select = h('select', { id });
  return { row: h('div', { class: 'row' }, h('label', { for: id, text }), select), select };
}

function legendOf(o: RulesOutcome): HTMLElement | null {
  const l = o.legend;
  if (!l) return null;
  if (l.kind === 'ramp')
    return h(
      'div',
      { class: 'rule-legend' },
      h('p', { text: `Colour: ${l.title}, low to high` }),
      h('span', {
        class: 'rule-ramp',
        'aria-hidden': 'true',
        style: `background:linear-gradient(to right, ${l.stops.join(', ')})`,
      }),
      h(
        'p',
        { class: 'rule-range' },
        h('span', { text: number.format(l.low) }),
        h('span', { text: number.format(l.high) }),
      ),
    );
  // A long value (a description) would fill the drawer: one short line, whole in the tooltip.
  const rows = l.shown.map((c) =>
    h(
      'li',
      { title: c.value },
      h('span', { class: 'swatch', style: `background:${c.colour}` }),
      shorten(c.value, 30),
      count(c.count),
    ),
  );
  if (l.other)
    rows.push(
      h(
        'li',
        {},
        h('span', { class: 'swatch', style: `background:${l.otherColour}` }),
        'Other values',
        count(l.other),
      ),
    );
  return h(
    'div',
    { class: 'rule-legend' },
    h('p', { text: `Colour: ${l.title}` }),
    h('ul', { class: 'plain legend', 'aria-label': `Colours by ${l.title}` }, rows),
  );
}

function count(n: number): HTMLElement {
  return h('span', { class: 'count', text: String(n) });
}

export function setupStyleRules(host: HTMLElement, ctx: Explorer): void {
  const size = picker('style-size', 'Size by');
  const colour = picker('style-colour', 'Colour by');
  const caption = picker('style-caption', 'Caption');
  const legend = h('div');
  const notes = h('div', { role: 'status', class: 'muted' });
  host.prepend(
    h(
      'section',
      { class: 'style-rules', 'aria-labelledby': 'style-rules-title' },
      h('h3', { id: 'style-rules-title', text: 'Style' }),
      size.row,
      colour.row,
      caption.row,
      legend,
      notes,
    ),
  );
  const metrics = METRICS.map((m) => [m, METRIC_NAMES[m]] as [string, string]);
  let props: PropertyKinds = { numeric: [], text: [], all: [] };

  let shown = '';
  function render(): void {
    const s = ctx.store.get();
    // Refilled only when the choices changed: a screen reader would announce each refill.
    const key = JSON.stringify([props, s.sizeBy, s.colourBy, s.caption]);
    if (key === shown) return;
    shown = key;
    fill(size.select, [['none', 'One size'], ...metrics], props.numeric, s.sizeBy, propertyRule);
    fill(colour.select, [['kind', 'Kind'], ...metrics], props.all, s.colourBy, propertyRule);
    fill(caption.select, [['', 'Name']], props.text, s.caption ?? '', (p) => p);
  }

  size.select.addEventListener('change', () => {
    const v = parseSizeRule(size.select.value);
    if (v) ctx.store.update({ sizeBy: v });
  });
  colour.select.addEventListener('change', () => {
    const v = parseColourRule(colour.select.value);
    if (v) ctx.store.update({ colourBy: v });
  });
  caption.select.addEventListener('change', () => {
    ctx.store.update({ caption: caption.select.value || undefined });
  });

  ctx.canvas.onStyleRulesApplied((o) => {
    props = o.properties;
    render();
    // The kinds' swatches below no longer match the fills; their shapes still do.
    const drawn = legendOf(o);
    if (drawn) drawn.append(h('p', { class: 'muted', text: 'Shapes still tell the kinds.' }));
    legend.replaceChildren(drawn ?? '');
    notes.replaceChildren(...o.notes.map((t) => h('p', { text: t })));
  });
  // The rules follow the store, whoever wrote it (a picker, a link, a saved view).
  const apply = () => {
    const { sizeBy, colourBy, caption: c } = ctx.store.get();
    ctx.canvas.setStyleRules({ sizeBy, colourBy, caption: c });
  };
  ctx.store.subscribe(['sizeBy', 'colourBy', 'caption'], apply);
  // Filters and hiding change what is visible without adding or removing.
  ctx.bus.on('graph', () => ctx.canvas.refreshStyleRules());
  apply();
}
