import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerBody } from '../../../../server/http/answer-body.js';

const Answer = z.object({ n: z.number() });

describe('answerBody', () => {
  it('writes the answer as its schema parses it (unknown keys dropped)', () => {
    expect(answerBody(Answer, { n: 1, extra: 'x' })).toBe('{"n":1}');
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
});
