// Entry of the import parser's worker thread. The server runs Next's compiled bundle, which does
// not contain this thread's code: tsx compiles the TypeScript parser modules here, on load.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
