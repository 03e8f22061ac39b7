// The heaviest queries of the query bench, four at once (as four users would run them), while the
// server's thread is watched (main-thread.ts) and a health check asks the database for its event count
// every HEALTH_EVERY_MS, as /api/health does. The embedded database runs on its own thread, so the
// server's thread stays free; a health check still waits for the statement ahead of it in the queue.
import { countEvents } from '../db/queries/health';
import type { Database } from '../db/types';
import { mainThreadDuring, ms, pct } from './main-thread';

const HEALTH_EVERY_MS = 25;
const AT_ONCE = 4;
export const TARGET_MAIN_THREAD_MS = 100;

async function healthChecks(database: Database, until: Promise<unknown>) {
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const t = performance.now();
    await countEvents({ db: database.db });
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
  }
  return latencies;
}

/** Each heavy query AT_ONCE times concurrently; the server thread's delay and health latency meanwhile. */
export async function benchHeavy(database: Database, heavy: { name: string; run: () => Promise<unknown> }[]) {
  let health: number[] = [];
  const work = () => Promise.all(heavy.flatMap((q) => Array.from({ length: AT_ONCE }, () => q.run())));
  const during = await mainThreadDuring(async () => {
    const running = work();
    [health] = await Promise.all([healthChecks(database, running), running]);
  });
  const result = {
    queries: heavy.map((q) => q.name),
    atOnce: AT_ONCE,
    ...during,
    healthChecks: health.length,
    healthP50Ms: health.length ? ms(pct(health, 50)) : 0,
    healthMaxMs: health.length ? ms(Math.max(...health)) : 0,
    targetMainThreadMs: TARGET_MAIN_THREAD_MS,
  };
  const worst = Math.max(result.eventLoopDelayMaxMs, result.pingMaxMs);
  console.log(
    `   heavy queries, ${heavy.length} × ${AT_ONCE} at once in ${result.wallMs} ms: server thread's event-loop ` +
      `delay max ${result.eventLoopDelayMaxMs} ms, ping max ${result.pingMaxMs} ms ` +
      `(target ≤ ${TARGET_MAIN_THREAD_MS} ms: ${worst <= TARGET_MAIN_THREAD_MS ? 'met' : 'MISSED'}); ` +
      `health through the database p50 ${result.healthP50Ms} ms, max ${result.healthMaxMs} ms`,
  );
  return result;
}
