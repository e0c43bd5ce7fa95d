import type { z } from 'zod';

/**
 * The JSON text of an answer, checked against its contract schema.
 *
 * Answers kept per load (overview, sources, a source's detail, the schema's
 * routines) are the same object on every request until the next load. Checking
 * and serialising such an answer again each time was most of what those
 * requests cost (a 200 KiB source list), so the text is remembered by the
 * object it came from and the schema that checked it. Kept answers are
 * never changed after they are built: that is what makes the text reusable.
 * A WeakMap lets a text go with its object when the load cache drops it.
 */
const texts = new WeakMap<object, { schema: z.ZodType; text: string }>();

export function answerBody(schema: z.ZodType, output: unknown): string {
  const isObject = typeof output === 'object' && output !== null;
  const kept = isObject ? texts.get(output) : undefined;
  if (kept?.schema === schema) return kept.text;
  const text = JSON.stringify(schema.parse(output));
  if (isObject) texts.set(output, { schema, text });
  return text;
}
