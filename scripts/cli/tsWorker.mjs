// Starts a TypeScript worker module under tsx: worker threads do not inherit the parent's loader
// hooks, and Node 20 cannot load a .ts worker by itself. workerData.tsModule is the module's URL.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.tsModule);
