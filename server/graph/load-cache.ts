import type { GraphContext } from './context.js';
import { ident } from '../../core/dataset/profile.js';
import { EDITS_LABEL, PRIVATE_LABEL, SEED_LOAD_LABEL } from './bookkeeping.js';
import { readStrings } from '../neo4j/decode.js';

/** How long answers about a database without load bookkeeping (one we did not load) are kept. */
const UNTRACKED_TTL_MS = 60_000;

/**
 * What identifies the loaded data: every dataset load rewrites its
 * bookkeeping node, so a new load gives a new stamp. A database we did not
 * load (NEO4J_URI) has no bookkeeping and may change under us, so its stamp
 * is the node and relationship counts (constant time, from the count store)
 * and a minute's time bucket. Reading it is a label scan over a handful of
 * nodes plus two count-store lookups.
 */
export async function loadStamp(ctx: GraphContext, now = Date.now()): Promise<string> {
  const { records } = await ctx.read(
    `CALL () {
       MATCH (m:${ident(SEED_LOAD_LABEL)})
       WITH m ORDER BY m.dataset
       RETURN collect(m.dataset + '@' + toString(m.loadedAt) + '#' + coalesce(m.checksum, '')) AS loads
     }
     CALL () { MATCH (n) RETURN count(n) AS total }
     CALL () { MATCH (n:${ident(PRIVATE_LABEL)}) RETURN count(n) AS private }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { OPTIONAL MATCH (e:${ident(EDITS_LABEL)}) RETURN coalesce(max(e._seq), 0) AS edits }
     RETURN loads, total - private AS nodes, relationships, edits`,
  );
  const row = records[0];
  const loads = readStrings(row, 'loads');
  const counts = [
    String(row?.get('nodes') ?? 0),
    String(row?.get('relationships') ?? 0),
    String(row?.get('edits') ?? 0),
  ];
  const bucket = loads.length === 0 ? [String(Math.floor(now / UNTRACKED_TTL_MS))] : [];
  return JSON.stringify([...loads, ...counts, ...bucket]);
}

type Entries = Map<string, { stamp: string; value: Promise<unknown> }>;

/** Answers per app (context), kind and key, valid while the loads they saw stay the same. */
const caches = new WeakMap<GraphContext, Map<string, Entries>>();
export const MAX_ENTRIES = 64;

/**
 * `compute()` once per load for this context, kind and key: answers that
 * read the whole graph (every node's degree) are served from memory until
 * the next load changes the stamp. A failed computation is not kept, so the
 * next request tries again. At most MAX_ENTRIES keys per kind are kept, the
 * least recently used going first, so a stream of new keys (as-of dates)
 * cannot evict the answers every page asks for.
 */
export async function perLoad<T>(
  ctx: GraphContext,
  kind: string,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const stamp = await loadStamp(ctx);
  const kinds = caches.get(ctx) ?? new Map<string, Entries>();
  caches.set(ctx, kinds);
  const entries: Entries =
    kinds.get(kind) ?? new Map<string, { stamp: string; value: Promise<unknown> }>();
  kinds.set(kind, entries);
  const hit = entries.get(key);
  // Stored under this kind only by this function with this T, so the cast holds.
  if (hit && hit.stamp === stamp) {
    // A Map iterates in insertion order: re-inserting marks the key as recently used.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  entries.delete(key);
  while (entries.size >= MAX_ENTRIES) {
    const oldest = entries.keys().next();
    if (oldest.done === true) break;
    entries.delete(oldest.value);
  }
  const value = compute();
  entries.set(key, { stamp, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
