// The page title and the search box's placeholder, each set here and only
// here. These neutral defaults show until GET /api/dataset names the
// dataset (its manifest's title and search hint).
export const APP_TITLE = 'Graph explorer';
export const SEARCH_PLACEHOLDER = 'Search by name…  ( / )';

/** Puts the title in the tab and in the page heading. */
export function applyBrand(doc: Document = document, title: string = APP_TITLE): void {
  doc.title = title;
  const h1 = doc.getElementById('app-title');
  if (h1) h1.textContent = title;
}
