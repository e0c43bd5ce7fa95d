// Which of Cytoscape's renderers draws the canvas. Its WebGL renderer draws
// nodes and edges from a texture atlas on the GPU and is much faster with a
// real graphics card, but with no card the browser emulates WebGL on the CPU
// (SwiftShader, llvmpipe), where it is slower than the 2D canvas: it is
// chosen only when the WebGL renderer the browser reports is a GPU.
/** What the browser says of its WebGL, read once at start (`probeGpu`). */
export interface GpuInfo {
  /** A WebGL 2 context could be made (Cytoscape's WebGL renderer needs it). */
  webgl2: boolean;
  /** The unmasked renderer string, or the masked one, or '' when neither is given. */
  renderer: string;
}

/** Renderer names of WebGL emulated on the processor. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

/** Pure: true only for WebGL 2 on a named graphics processor, never an emulated or unknown one. */
export function hasGpu(info: GpuInfo): boolean {
  return info.webgl2 && info.renderer.trim() !== '' && !SOFTWARE.test(info.renderer);
}

/** Cytoscape's renderer option for this browser: WebGL where there is a GPU, the 2D canvas otherwise. */
/** The init option Cytoscape reads (not in its type declarations). */
export interface RendererOption {
  renderer: { name: 'canvas'; webgl?: true };
}

export function rendererOptions(info: GpuInfo): RendererOption {
  return { renderer: { name: 'canvas', ...(hasGpu(info) ? { webgl: true } : {}) } };
}

/** Reads the browser's WebGL renderer from a throwaway context; no context at all is no GPU. */
export function probeGpu(doc: Document = document): GpuInfo {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return { webgl2: false, renderer: '' };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: true, renderer: typeof name === 'string' ? name : '' };
  } catch {
    return { webgl2: false, renderer: '' };
  }
}
