import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { gunzipSync } from 'node:zlib';
import { answerBody, keptBytes } from '../../../../server/http/answer-body.js';

const Answer = z.object({ n: z.number() });

describe('answerBody', () => {
  it('writes an answer its schema reads as it is', () => {
    expect(answerBody(Answer, { n: 1 })).toBe('{"n":1}');
  });

  it('refuses an answer holding a key its contract lacks, naming where', () => {
    expect(() => answerBody(Answer, { n: 1, extra: 'x' })).toThrow(
      'The answer differs from its contract at $.extra',
    );
  });

  it('writes the answer unchecked when no schema is given, as the same JSON', () => {
    expect(answerBody(undefined, { n: 1 })).toBe('{"n":1}');
  });

  it('refuses an answer its schema does not accept', () => {
    expect(() => answerBody(Answer, { n: 'one' })).toThrow();
  });

  it('checks a kept answer once: the same object gives the same text without parsing again', () => {
    let parses = 0;
    const Counted = Answer.transform((a) => {
      parses += 1;
      return a;
    });
    const kept = { n: 2 };
    expect(answerBody(Counted, kept)).toBe('{"n":2}');
    expect(answerBody(Counted, kept)).toBe('{"n":2}');
    expect(parses).toBe(1);
  });

  it('checks the same object again under another schema', () => {
    const kept = { n: 3 };
    answerBody(Answer, kept);
    expect(() => answerBody(z.object({ n: z.string() }), kept)).toThrow();
  });

  it('serialises answers that are not objects each time', () => {
    expect(answerBody(z.number(), 4)).toBe('4');
  });

  it('keeps no bytes for an answer written once', () => {
    const once = { n: 5 };
    answerBody(Answer, once);
    expect(keptBytes(once)).toBeUndefined();
  });

  it("makes a repeated answer's ETag and gzip once and hands back the same bytes after", () => {
    const Big = z.object({ s: z.string() });
    const kept = { s: 'x'.repeat(20_000) };
    const text = answerBody(Big, kept);
    answerBody(Big, kept);
    const first = keptBytes(kept);
    expect(first?.etag).toMatch(/^"[\w-]+"$/);
    expect(gunzipSync(first?.gzip ?? Buffer.alloc(0)).toString()).toBe(text);
    answerBody(Big, kept);
    expect(keptBytes(kept)).toBe(first);
  });

  it('does not gzip a small repeated answer', () => {
    const small = { n: 6 };
    answerBody(Answer, small);
    answerBody(Answer, small);
    expect(keptBytes(small)?.gzip).toBeUndefined();
  });
});
