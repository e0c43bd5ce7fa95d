// Form controls read with the contract's schemas: a select's value is parsed
// into the contract's union (never cast into it), a number box falls back to
// the contract's default, and a select's options are the union's members.
import type { z } from 'zod';
import { h } from './dom.js';

/** What the schema makes of nothing: its default. */
export function defaultOf<T>(schema: z.ZodType<T>): T {
  return schema.parse(undefined);
}

/** A control's value parsed by `schema`; its default when the value is not one the schema takes. */
export function readValue<T>(schema: z.ZodType<T>, value: string): T {
  const parsed = schema.safeParse(value === '' ? undefined : value);
  return parsed.success ? parsed.data : defaultOf(schema);
}

/** A select whose options are a union's members, in `words` order, each with its words. */
export function unionSelect<T extends string>(
  label: string,
  words: Readonly<Record<T, string>>,
  selected?: T,
): HTMLSelectElement {
  return h(
    'select',
    { 'aria-label': label },
    ...(Object.entries(words) as [T, string][]).map(([value, text]) =>
      h('option', { value, text, selected: value === selected }),
    ),
  );
}
