// Entry of the extractor's worker thread. The server runs Next's compiled bundle, which does not
// contain this thread's code: tsx compiles the TypeScript extraction modules here, on load.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
