import { describe, expect, it } from 'vitest';
import {
  normaliseForQuote,
  paragraphsOf,
  quoteOccurs,
  resolveTextsDir,
} from '../../../../server/loader/quote-check.js';

const report =
  'Headline\n\n“Trade is moving  positively,” the official said.\nBeijing’s curbs stay.\n';

describe('quote check', () => {
  it('treats curly and straight quote marks and runs of whitespace alike', () => {
    expect(normaliseForQuote('Beijing’s  “curbs”\n')).toBe('Beijing\'s "curbs"');
  });

  it('finds a quote whose only differences are quote marks and whitespace', () => {
    expect(quoteOccurs(report, "Beijing's curbs stay")).toBe(true);
    expect(quoteOccurs(report, 'Trade is moving positively')).toBe(true);
  });

  it('rejects a paraphrase, a change of case and an empty quote', () => {
    expect(quoteOccurs(report, 'Trade is going well')).toBe(false);
    expect(quoteOccurs(report, 'trade is moving positively')).toBe(false);
    expect(quoteOccurs(report, '  ')).toBe(false);
  });

  it('counts non-blank lines as paragraphs and looks only in the one named', () => {
    expect(paragraphsOf(report)).toHaveLength(3);
    expect(quoteOccurs(report, 'Beijing’s curbs stay', 3)).toBe(true);
    expect(quoteOccurs(report, 'Beijing’s curbs stay', 2)).toBe(false);
    expect(quoteOccurs(report, 'Beijing’s curbs stay', 9)).toBe(false);
  });

  it('takes the texts folder from the option, then SOURCE_TEXTS_DIR, then ../shared/seeds', () => {
    expect(resolveTextsDir('/a', { SOURCE_TEXTS_DIR: '/b' })).toBe('/a');
    expect(resolveTextsDir(undefined, { SOURCE_TEXTS_DIR: '/b' })).toBe('/b');
    expect(resolveTextsDir(undefined, {})).toMatch(/shared[/\\]seeds$/);
  });
});
