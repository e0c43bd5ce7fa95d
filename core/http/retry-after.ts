// The BUSY answer's Retry-After header, read the same way by the explorer
// (client/src/api/busy.ts) and by the bench's client (bench/busy.ts).

/**
 * Retry-After in milliseconds: delta-seconds ("2") or an HTTP date; undefined
 * when absent or unreadable. A date in the past is no wait at all.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always ends in GMT; Date.parse alone would take "-1" for a year.
  if (!text.endsWith('GMT')) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
