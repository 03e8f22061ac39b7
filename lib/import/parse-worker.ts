// The worker side of parse-pool.ts: takes the file's chunks as they come, parses and maps them
// with readRecords, and sends the records back in batches, never more than the main thread allows.
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ToWorker, WorkerSetup } from './parse-pool';
import { ImportFileError, readRecords } from './read';
import type { Mapped } from './record';

const port = parentPort!;
const { format, batch, ahead } = workerData as WorkerSetup;
const post = (m: FromWorker) => port.postMessage(m);

let credit = ahead;
const chunks: Extract<ToWorker, { kind: 'chunk' | 'end' }>[] = [];
// Two loops wait here at once: readRecords' reading of the input, and send() waiting for credit.
let sleepers: (() => void)[] = [];
const sleep = () => new Promise<void>((resolve) => sleepers.push(resolve));

port.on('message', (m: ToWorker) => {
  if (m.kind === 'credit') credit++;
  else chunks.push(m);
  const woken = sleepers;
  sleepers = [];
  for (const w of woken) w();
});

async function* input(): AsyncGenerator<Buffer | string> {
  for (;;) {
    while (!chunks.length) await sleep();
    const m = chunks.shift()!;
    if (m.kind === 'end') return;
    post({ kind: 'taken' });
    yield typeof m.data === 'string' ? m.data : Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
  }
}

async function send(items: Mapped[]) {
  while (credit === 0) await sleep();
  credit--;
  // One string per batch: cheaper to send and to read back than a structured clone of the objects.
  post({ kind: 'records', json: JSON.stringify(items) });
}

post({ kind: 'ready' });
try {
  let items: Mapped[] = [];
  for await (const m of readRecords(input(), format)) {
    items.push(m);
    if (items.length >= batch) {
      await send(items);
      items = [];
    }
  }
  if (items.length) await send(items);
  post({ kind: 'done' });
} catch (err) {
  // The status travels too: the server answers a file it cannot read with it.
  post({ kind: 'error', fileError: err instanceof ImportFileError && err.status, message: (err as Error).message });
}
