/**
 * The label of the nodes that record each dataset load (checksum, time).
 * They are the project's bookkeeping, not the user's graph: the loader
 * writes them, and graph queries leave them out.
 */
export const SEED_LOAD_LABEL = '_SeedLoad';

/**
 * Every node of the team's own records (accounts, sessions, the first-admin
 * token, drafts, change records, comments) carries this label besides its
 * own. Such nodes have no `id` and no relationship, so no explorer query
 * reaches them by id or by walking; unlabelled scans leave them out by this
 * label, count-store totals subtract it, and the analyst sandbox's copy
 * skips it.
 */
export const PRIVATE_LABEL = '_Private';

/**
 * One node whose `_seq` goes up with every published change. It is part of
 * the load stamp (load-cache.ts), so per-load answers and the analyst
 * sandbox's copy follow a curation change as they follow a reload.
 */
export const EDITS_LABEL = '_GraphEdits';

/** Cypher true for a node of the dataset (no bookkeeping or private label). */
export const isDatasetNode = (v: string) =>
  `NOT ${v}:${PRIVATE_LABEL} AND NOT ${v}:${SEED_LOAD_LABEL} AND NOT ${v}:${EDITS_LABEL}`;
