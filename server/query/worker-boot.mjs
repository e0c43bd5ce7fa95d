// Entry of an analyst-query worker thread. Plain JavaScript, because a
// worker starts without the TypeScript loader of its parent: it registers
// tsx, then loads the worker itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
