import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../server/reports/html.js';

const page = `<!doctype html><html><head><title>Port opens | Ledger</title><script>x()</script></head><body>
<nav><a href="javascript:go()">Menu</a></nav>
<article><h1>Port opens</h1>
<p>The port opened a terminal for bulk cargo on Monday, the authority said in a statement.<img src=x onerror="bad()"></p>
<style>p { color: red }</style>
<p>It will handle ten million tonnes a year, <a href="javascript:steal()">officials</a> said, once dredging ends.</p>
<script>evil()</script></article></body></html>`;

describe('an HTML page reduced to its article', () => {
  it('keeps the words, headline first, and nothing that could run', () => {
    const got = extractArticle(page);
    expect(got.paragraphs[0]).toBe('Port opens');
    expect(got.paragraphs).toContain(
      'It will handle ten million tonnes a year, officials said, once dredging ends.',
    );
    const all = got.paragraphs.join('\n');
    for (const banned of [
      'x()',
      'evil()',
      'javascript:',
      'onerror',
      'bad()',
      'color: red',
      'Menu',
    ]) {
      expect(all).not.toContain(banned);
    }
  });

  it('reads a page without an article as its blocks', () => {
    expect(extractArticle('<p>One short line.</p><p>Another.</p>').paragraphs).toEqual([
      'One short line.',
      'Another.',
    ]);
  });
});
