// The API's request and response shapes, shared by server and client.
// Types are inferred from these schemas and never written a second time.
export * from './auth.js';
export * from './claims.js';
export * from './curation.js';
export * from './common.js';
export * from './dataset.js';
export * from './errors.js';
export * from './events.js';
export * from './graph.js';
export * from './health.js';
export * from './nodes.js';
export * from './paths.js';
export * from './queries.js';
export * from './schema.js';
export * from './search.js';
export * from './sources.js';
export * from './reports.js';
export * from './report-claims.js';
export * from './story.js';
export * from './export.js';
export * from './workspace.js';
export * from './import.js';
