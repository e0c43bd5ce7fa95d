/**
 * How a node is named on screen: the rule of captionOf here, and its
 * Cypher twin captionCypher (shape.ts) for queries that return small maps.
 */

/** Properties and labels whose names start with "_" are bookkeeping and never leave the server. */
export const isInternalKey = (key: string) => key.startsWith('_');

/** Which property names a node of each label: the manifest's captions. */
export type Captions = Readonly<Record<string, string>>;

/** Property names that caption a node when its manifest names none, in order. */
export const CAPTION_NAMES = ['name', 'title', 'caption', 'label'];

const captionText = (v: unknown) =>
  (typeof v === 'string' && v.trim() !== '') || typeof v === 'number' ? String(v) : undefined;

/**
 * A node's caption: the manifest's caption property of its first label that
 * has one, else name, title, caption or label, else its first string
 * property by name (ids and bookkeeping aside). Undefined when it has none.
 */
export function captionOf(
  labels: readonly string[],
  properties: Record<string, unknown>,
  captions: Captions = {},
): string | undefined {
  for (const label of labels) {
    const key = captions[label];
    const text = key === undefined ? undefined : captionText(properties[key]);
    if (text !== undefined) return text;
  }
  for (const key of CAPTION_NAMES) {
    const text = captionText(properties[key]);
    if (text !== undefined) return text;
  }
  const first = Object.keys(properties)
    .filter((k) => k !== 'id' && !isInternalKey(k) && typeof properties[k] === 'string')
    .sort()
    .find((k) => captionText(properties[k]) !== undefined);
  return first === undefined ? undefined : String(properties[first]);
}
