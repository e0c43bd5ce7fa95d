/**
 * The label of the nodes that record each dataset load (checksum, time).
 * They are the project's bookkeeping, not the user's graph: the loader
 * writes them, and graph queries leave them out.
 */
export const SEED_LOAD_LABEL = '_SeedLoad';
