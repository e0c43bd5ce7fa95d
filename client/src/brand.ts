// The page title and the search box's placeholder, each set here and only
// here (a dataset manifest may later supply them).
export const APP_TITLE = 'Rare-earth graph explorer';
export const SEARCH_PLACEHOLDER = 'Search people, ministries, firms, events…  ( / )';

/** Puts the title in the tab and in the page heading. */
export function applyBrand(doc: Document = document): void {
  doc.title = APP_TITLE;
  const h1 = doc.getElementById('app-title');
  if (h1) h1.textContent = APP_TITLE;
}
