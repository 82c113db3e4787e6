// Entry of an analysis worker thread: registers tsx's loader (a worker does not inherit the
// parent's, and --import in the worker's execArgv does not reach its entry module on Node 20),
// then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker.ts');
