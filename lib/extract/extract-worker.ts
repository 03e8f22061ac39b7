// The worker side of extract-pool.ts: extracts the articles it is sent, one at a time, and sends
// back their proposals. The name index is rebuilt only when the registry changes.
import { parentPort } from 'node:worker_threads';
import { extractEvents } from './extract';
import { articleText } from './html-server';
import type { FromWorker, ToWorker } from './extract-pool';
import { NameIndex } from './registry';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
let last: { key: string; index: NameIndex } | null = null;

port.on('message', ({ id, text, registry, publishedAt }: ToWorker) => {
  try {
    const key = JSON.stringify(registry);
    if (last?.key !== key) last = { key, index: new NameIndex(registry) };
    const article = articleText(text);
    post({ kind: 'done', id, events: extractEvents(article, { registry, index: last.index, publishedAt }) });
  } catch (err) {
    post({ kind: 'error', id, message: (err as Error).message });
  }
});
post({ kind: 'ready' });
