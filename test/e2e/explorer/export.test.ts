// Exports that match the screen: an SVG with one shape for every visible
// node, whatever its shape, and an edges CSV beside the nodes CSV.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../../client/src/graph/style.js';
import { browserAvailable } from '../../support/browser.js';
import { callHook, canvasElements, useExplorer } from './harness.js';

async function grab(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

/** A colour of its own for the i-th node, to find its shape in the SVG. */
function tint(i: number): [number, number, number] {
  return [(i * 37) % 256, 200 - (i % 90), Math.floor(i / 7) % 256];
}

describe.runIf(browserAvailable())('exports in Chromium', () => {
  const app = useExplorer();

  it('draws one shape per visible node in the SVG, for every node shape', async () => {
    const page = await app.open();
    await page.waitForSelector('body:not([data-layout="running"])');
    // One extra node drawn in each shape the style can give a kind, and a
    // colour of its own for every visible node.
    await callHook(page, 'addShapes', [...SHAPES]);
    const colours = Array.from({ length: 400 }, (_, i) => `rgb(${tint(i).join(',')})`);
    const count = await callHook(page, 'paintVisible', colours);
    await page.click('#tab-export');
    const svg = await grab(page, 'SVG');
    const missing: number[] = [];
    for (let i = 0; i < count; i++) {
      const [r, g, b] = tint(i);
      const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      const rgb = new RegExp(`rgba?\\(${r},\\s*${g},\\s*${b}[,)]`);
      if (!svg.toLowerCase().includes(`fill="${hex}"`) && !rgb.test(svg)) missing.push(i);
    }
    expect(count).toBeGreaterThan(SHAPES.length);
    expect(missing).toEqual([]);
  });

  it('exports the visible relationships as an edges CSV', async () => {
    const page = await app.open();
    const visibleEdges = await callHook(page, 'count', { group: 'edges', visible: true });
    await page.click('#tab-export');
    const csv = await grab(page, 'Edges CSV');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toMatch(/^id,source,sourceName,type,target,targetName/);
    expect(rows).toHaveLength(visibleEdges);
    expect(csv).toContain('country:india');
  });

  it('draws each node of the offline HTML in the colour and shape the canvas gives it, with labels', async () => {
    const page = await app.open();
    await page.waitForSelector('body[data-layout="idle"]');
    const onScreen = (await canvasElements(page, { group: 'nodes', visible: true })).map((n) => ({
      id: n.id,
      fill: n.style.backgroundColor,
      shape: n.style.shape,
    }));
    await page.click('#tab-export');
    const html = await grab(page, 'Interactive HTML');
    const hex = (rgb: string) =>
      `#${(rgb.match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
    const wrong = onScreen.filter((n) => {
      const g = html.split(`data-id="${n.id}">`)[1]?.split('</g>')[0] ?? '';
      return !g.includes(`fill="${hex(n.fill)}"`) || !g.includes(`data-shape="${n.shape}"`);
    });
    expect(onScreen.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
    expect(new Set(onScreen.map((n) => n.shape)).size).toBeGreaterThan(3);
    // Opened on its own, its script picks the labels for its zoom and draws some.
    await page.goto('about:blank');
    await page.setContent(html);
    expect(await page.getAttribute('svg', 'class')).toMatch(/^z\d/);
    const drawn = await page.evaluate(
      () =>
        [...document.querySelectorAll('.node text')].filter(
          (t) => getComputedStyle(t).display !== 'none',
        ).length,
    );
    expect(drawn).toBeGreaterThan(5);
  });
});
