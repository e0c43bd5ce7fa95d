import { describe, expect, it } from 'vitest';
import { hasGpu, rendererOptions } from '../../../../client/src/graph/renderer.js';

describe('hasGpu (choosing Cytoscape’s WebGL renderer)', () => {
  it('takes a named graphics card with WebGL 2', () => {
    expect(hasGpu({ webgl2: true, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060)' })).toBe(
      true,
    );
    expect(hasGpu({ webgl2: true, renderer: 'Apple M2' })).toBe(true);
  });

  it('refuses WebGL emulated on the processor, where the 2D canvas is faster', () => {
    for (const renderer of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.7, 256 bits)',
      'Microsoft Basic Render Driver',
      'Google SwiftShader',
    ])
      expect(hasGpu({ webgl2: true, renderer })).toBe(false);
  });

  it('refuses a browser without WebGL 2 or one that does not name its renderer', () => {
    expect(hasGpu({ webgl2: false, renderer: 'NVIDIA GeForce RTX 3060' })).toBe(false);
    expect(hasGpu({ webgl2: true, renderer: ' ' })).toBe(false);
  });
});

describe('rendererOptions', () => {
  it('asks for WebGL only on a GPU and the plain canvas otherwise', () => {
    expect(rendererOptions({ webgl2: true, renderer: 'Apple M2' })).toEqual({
      renderer: { name: 'canvas', webgl: true },
    });
    expect(rendererOptions({ webgl2: true, renderer: 'llvmpipe' })).toEqual({
      renderer: { name: 'canvas' },
    });
  });
});
