import { describe, expect, it } from 'vitest';
import {
  framedSvg,
  inkFor,
  svgSize,
  wrapWords,
} from '../../../../client/src/export/image-frame.js';

// As cytoscape-svg writes it: a declaration, a doctype, then the root.
const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg" width="1200" height="500"><text>India</text></svg>`;
const frame = {
  title: 'China & India <licences>',
  caption: ['As of now: everything the graph holds, on either clock.', 'Filters: none.'],
  legend: [
    {
      kind: 'node' as const,
      name: 'Country',
      count: 2,
      color: '#1565c0',
      shape: 'ellipse' as const,
    },
    { kind: 'line' as const, name: 'not stated', count: 1, dotted: true },
  ],
  bg: '#ffffff',
};

describe('framedSvg', () => {
  const out = framedSvg(drawing, frame);

  it('keeps the canvas drawing whole, nested once, without its declaration', () => {
    expect(out.match(/<\?xml/g)).toHaveLength(1);
    expect(out).not.toContain('DOCTYPE');
    expect(out).toContain('<text>India</text>');
    expect(out).toMatch(
      /<svg x="[\d.]+" y="[\d.]+" xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/,
    );
  });

  it('writes the title escaped, above the drawing', () => {
    expect(out).toContain('China &amp; India &lt;licences&gt;</text>');
    expect(out.indexOf('class="title"')).toBeLessThan(out.indexOf('<text>India'));
  });

  it('puts the legend and the caption under the drawing', () => {
    const at = out.indexOf('<text>India');
    expect(out.indexOf('class="legend"')).toBeGreaterThan(at);
    expect(out).toContain('Country (2)</text>');
    expect(out).toContain('stroke-dasharray');
    expect(out.lastIndexOf('Filters: none.')).toBeGreaterThan(out.indexOf('class="legend"'));
  });

  it('is wider than the drawing and tall enough for all of it', () => {
    const size = svgSize(out);
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.height).toBeGreaterThan(500 + 60);
  });
});

describe('the frame’s helpers', () => {
  it('reads a drawing’s size from its root element', () => {
    expect(svgSize(drawing)).toEqual({ width: 1200, height: 500 });
  });

  it('breaks long lines between words', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('writes light text on a dark canvas and dark text on a light one', () => {
    expect(inkFor('#1e1f24')).toBe('#e8eaed');
    expect(inkFor('rgb(255, 255, 255)')).toBe('#1f2328');
  });
});
