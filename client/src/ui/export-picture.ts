// The PNG and SVG of the view: the canvas's own drawing with the labels the
// view shows (or all of them, by choice) in full, the title, the legend of
// what is drawn and a caption of the view's filters and date
// (export/image-frame.ts). The PNG is that SVG rasterised, so both match.
import { framedSvg, svgSize } from '../export/image-frame.js';
import {
  exportLabels,
  legendEntries,
  viewCaption,
  type LabelChoice,
} from '../export/view-frame.js';
import type { Explorer } from './explorer.js';
import { download, h } from './dom.js';
import { stamp, type ActionButton } from './export-button.js';

type PictureCtx = Pick<Explorer, 'canvas' | 'store'>;

/** The canvas's background as the theme sets it. */
const background = () =>
  getComputedStyle(document.body).getPropertyValue('--canvas').trim() || '#ffffff';

/** The title a picture gets when none is typed: the selection's names, else the page's. */
export function defaultTitle(ctx: PictureCtx, pageTitle: string): string {
  const names = ctx.store
    .get()
    .selected.filter((id) => ctx.canvas.has(id) && !ctx.canvas.isEdge(id))
    .slice(0, 3)
    .map((id) => ctx.canvas.nameOf(id));
  return names.length ? `${names.join(', ')} — ${pageTitle}` : pageTitle;
}

/** The whole picture as SVG text. */
export function pictureSvg(
  ctx: PictureCtx,
  o: { title: string; labels: LabelChoice; bg: string; today: string },
): string {
  const graph = ctx.canvas.visibleGraph();
  const labels = exportLabels(ctx.canvas.labelledNodes(), o.labels);
  return framedSvg(ctx.canvas.svgWithLabels(o.bg, labels), {
    title: o.title,
    caption: viewCaption(
      ctx.store.get(),
      { nodes: graph.nodes.length, edges: graph.edges.length },
      o.today,
    ),
    legend: legendEntries(graph, ctx.canvas.labelOrder),
    bg: o.bg,
  });
}

/** Rasterises an SVG in the browser, twice its size unless that passes `maxSide` pixels. */
export async function svgToPng(svg: string, maxSide = 8000): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const scale = Math.min(2, maxSide / Math.max(width, height));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The browser could not make the PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The picture's controls: its title, which labels, and the two buttons. */
export function pictureControls(ctx: PictureCtx, btn: ActionButton): HTMLElement[] {
  const title = h('input', {
    type: 'text',
    'aria-label': 'Title of the picture',
    placeholder: 'Title (default: the selection’s names)',
  });
  const all = h('input', { type: 'checkbox', id: 'export-all-labels' });
  const choice = (): LabelChoice => (all.checked ? 'all' : 'shown');
  const options = () => ({
    title: title.value.trim() || defaultTitle(ctx, document.title),
    labels: choice(),
    bg: background(),
    today: stamp(),
  });
  return [
    h('div', { class: 'row' }, title),
    h(
      'div',
      { class: 'row' },
      all,
      h('label', { for: 'export-all-labels', text: 'Every label, not only those shown' }),
    ),
    h(
      'div',
      { class: 'row' },
      btn('PNG', async () =>
        download(`graph-${stamp()}.png`, await svgToPng(pictureSvg(ctx, options()))),
      ),
      btn('SVG', () =>
        download(`graph-${stamp()}.svg`, pictureSvg(ctx, options()), 'image/svg+xml'),
      ),
    ),
  ];
}
