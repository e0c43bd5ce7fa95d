// How much of the canvas the details sheet covers. The CSS decides by width
// whether the right-hand panel is a column, a drawer or (on a phone) a sheet
// rising over the canvas' bottom; this measures the result instead of
// repeating the breakpoints: only a panel spanning the canvas' whole width
// and overlapping its bottom is a sheet. The canvas module gets the height.
export function watchSheetCover(
  sheet: HTMLElement,
  canvas: HTMLElement,
  onCover: (px: number) => void,
): void {
  let last = -1;
  const measure = () => {
    const c = canvas.getBoundingClientRect();
    const s = sheet.getBoundingClientRect();
    const spans = s.width > 0 && s.left <= c.left + 1 && s.right >= c.right - 1;
    const covered = spans && s.top < c.bottom ? Math.round(c.bottom - Math.max(s.top, c.top)) : 0;
    if (covered === last) return;
    last = covered;
    onCover(covered);
  };
  // The sheet grows as its details load, and opens and closes; the window turns.
  const observer = new ResizeObserver(measure);
  observer.observe(sheet);
  observer.observe(canvas);
  measure();
}
