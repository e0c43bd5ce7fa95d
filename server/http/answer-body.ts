import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { COMPRESSION_THRESHOLD_BYTES } from './compression.js';

/**
 * The JSON text of an answer, checked against its contract schema when one
 * is given (route.ts says when).
 *
 * Answers kept per load (overview, sources, a source's detail, the schema's
 * routines) are the same object on every request until the next load. Checking
 * and serialising such an answer again each time was most of what those
 * requests cost (a 200 KiB source list), so the text is remembered by the
 * object it came from and the schema that checked it. Kept answers are
 * never changed after they are built: that is what makes the text reusable.
 * A WeakMap lets a text go with its object when the load cache drops it.
 */
interface Kept {
  schema: z.ZodType | undefined;
  text: string;
  /** How many times the text was reused: a kept answer is one reused at least once. */
  repeats: number;
  /** Set once the same object is answered a second time: it is a kept answer. */
  served?: KeptBytes;
}

/** What a kept answer sends, computed once, as a static file's bytes are. */
export interface KeptBytes {
  etag: string;
  /** The text gzipped, when it is large enough to be worth it. */
  gzip: Buffer | undefined;
}

const texts = new WeakMap<object, Kept>();

/** The first path where two JSON values differ, for the message. */
function differsAt(want: unknown, got: unknown, at = '$'): string {
  if (typeof want !== 'object' || typeof got !== 'object' || want === null || got === null)
    return at;
  const a = want as Record<string, unknown>;
  const b = got as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!isDeepStrictEqual(a[key], b[key])) return differsAt(a[key], b[key], `${at}.${key}`);
  }
  return at;
}

/**
 * The answer as its schema parses it, refused when that differs from the
 * answer itself (a key the schema would drop, a value it would change): so
 * an answer sent unchecked, with the check off, is the same JSON.
 */
function exactly(schema: z.ZodType, output: unknown): unknown {
  const parsed = schema.parse(output);
  const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? 'null');
  const [want, got] = [asJson(parsed), asJson(output)];
  if (!isDeepStrictEqual(want, got)) {
    throw new Error(
      `The answer differs from its contract at ${differsAt(want, got)}: build it as the schema reads it.`,
    );
  }
  return parsed;
}

export function answerBody(schema: z.ZodType | undefined, output: unknown): string {
  const isObject = typeof output === 'object' && output !== null;
  const kept = isObject ? texts.get(output) : undefined;
  if (kept && kept.schema === schema) {
    kept.repeats += 1;
    return kept.text;
  }
  const text = JSON.stringify(schema ? exactly(schema, output) : output);
  if (isObject) texts.set(output, { schema, text, repeats: 0 });
  return text;
}

/**
 * The ETag and gzipped bytes of an answer already written once from this same
 * object (so a kept one): made on its second request and reused after, so a
 * kept answer costs what a static file does rather than a hash and a gzip of
 * hundreds of KiB per request. Undefined for an answer seen once.
 */
export function keptBytes(output: unknown): KeptBytes | undefined {
  if (typeof output !== 'object' || output === null) return undefined;
  const kept = texts.get(output);
  if (!kept || kept.repeats === 0) return undefined;
  kept.served ??= {
    etag: `"${createHash('sha1').update(kept.text).digest('base64url')}"`,
    gzip:
      Buffer.byteLength(kept.text) >= COMPRESSION_THRESHOLD_BYTES ? gzipSync(kept.text) : undefined,
  };
  return kept.served;
}
