// The time layout's date axis: a strip over the top of the canvas with a
// tick for each year, month or day in view, standing above the x where the
// layout put that date, and a faint line down the canvas. It follows every
// pan and zoom. The strip lets clicks through to the canvas.
import type { Core } from 'cytoscape';
import { timeDay, timeX, UNDATED_GAP, type TimeScale } from '../../graph/layouts.js';
import { dateTicks } from '../../graph/time-ticks.js';

export class TimeAxis {
  private readonly el: HTMLElement;
  private scale: TimeScale | undefined;

  constructor(private readonly cy: Core) {
    this.el = document.createElement('div');
    this.el.className = 'time-axis';
    this.el.hidden = true;
    this.el.setAttribute('role', 'img');
    cy.container()?.after(this.el);
    cy.on('viewport resize', () => this.render());
  }

  /** Shows the axis for a time layout placed by `scale`. */
  show(scale: TimeScale): void {
    this.scale = scale;
    this.el.hidden = false;
    this.render();
  }

  hide(): void {
    this.scale = undefined;
    this.el.hidden = true;
  }

  private render(): void {
    const scale = this.scale;
    if (!scale) return;
    const cy = this.cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const ext = cy.extent();
    const ticks = dateTicks(
      timeDay(scale, ext.x1),
      timeDay(scale, ext.x2),
      (zoom * scale.width) / scale.span,
    );
    this.el.style.height = `${cy.height()}px`;
    // No date over the undated block: only its name.
    const undated = scale.undated;
    const shown = undated
      ? ticks.filter((t) => timeX(scale, t.day) > undated.x2 + UNDATED_GAP / 2)
      : ticks;
    const undatedLabel: HTMLElement[] = [];
    if (undated) {
      const tick = document.createElement('span');
      tick.className = 'tick undated';
      tick.style.left = `${((undated.x1 + undated.x2) / 2) * zoom + pan.x}px`;
      const label = document.createElement('span');
      label.className = 'tick-label';
      label.textContent = 'undated';
      tick.append(label);
      undatedLabel.push(tick);
    }
    this.el.replaceChildren(
      ...undatedLabel,
      ...shown.map((t) => {
        const tick = document.createElement('span');
        tick.className = t.major ? 'tick major' : 'tick';
        tick.style.left = `${timeX(scale, t.day) * zoom + pan.x}px`;
        // The day the tick stands for, for tests and tools reading the page.
        tick.dataset.day = String(t.day);
        const label = document.createElement('span');
        label.className = 'tick-label';
        label.textContent = t.label;
        tick.append(label);
        return tick;
      }),
    );
    const first = shown[0]?.label;
    const last = shown.at(-1)?.label;
    this.el.setAttribute(
      'aria-label',
      first && last ? `Date axis, ${first} to ${last}` : 'Date axis',
    );
  }
}
