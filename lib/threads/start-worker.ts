// Starting a worker thread whose code is TypeScript in the source tree: the import's parser and
// the article extractor. The server runs Next's compiled bundle, which contains neither: each
// worker's entry (a .mjs file beside its code) registers tsx, which compiles the modules on load.
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker on the entry at `parts` (e.g. ['lib', 'import', 'parse-worker.mjs']), resolved from the
 * project root, where the server runs: Next's bundle of this module lives in .next/, so
 * import.meta.url cannot point at the source. Built at run time, so that the bundler neither
 * follows nor traces it.
 */
export function startWorker(parts: string[], options?: WorkerOptions): Worker {
  const entry = path.join(/* turbopackIgnore: true */ process.cwd(), parts.join(path.sep));
  // Not for Turbopack to bundle: tsx loads the worker's code from the source tree.
  return new Worker(/* turbopackIgnore: true */ entry, options);
}
