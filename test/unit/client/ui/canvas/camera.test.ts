import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { glideCamera } from '../../../../../client/src/ui/canvas/camera.js';

describe('glideCamera', () => {
  it('with no time to glide, jumps the viewport to the box at once', async () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    const before = { ...cy.pan() };
    await glideCamera(cy, { x1: 500, y1: 500, x2: 600, y2: 600 }, 0);
    expect(cy.pan()).not.toEqual(before);
    expect(cy.animated()).toBe(false);
  });
});
