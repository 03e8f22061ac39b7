// Entry of the embedded database's worker thread. The server runs Next's compiled bundle, which does
// not contain this thread's code: tsx compiles worker.ts here, on load.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
