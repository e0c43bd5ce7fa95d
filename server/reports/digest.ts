import { createHash } from 'node:crypto';
import { digestInput } from '../../core/reports/text.js';

/** The digest by which the same report added twice is known: SHA-256 of its normalised text. */
export function textDigest(paragraphs: readonly string[]): string {
  return createHash('sha256').update(digestInput(paragraphs)).digest('hex');
}
