import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { COMPRESSION_THRESHOLD_BYTES } from './compression.js';

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
interface Kept {
  schema: z.ZodType;
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

export function answerBody(schema: z.ZodType, output: unknown): string {
  const isObject = typeof output === 'object' && output !== null;
  const kept = isObject ? texts.get(output) : undefined;
  if (kept?.schema === schema) {
    kept.repeats += 1;
    return kept.text;
  }
  const text = JSON.stringify(schema.parse(output));
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
