// What the server's thread feels while heavy work runs: its event-loop delay (perf_hooks), and a ping
// every few milliseconds standing for a request that needs only that thread (a page, /api/health's
// answer). Used by the extraction bench and by the heavy-query bench.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const PING_EVERY_MS = 10;

export const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
export const ms = (x: number) => +x.toFixed(1);

/** Each ping's latency is from when it was due to when its trivial task ran. */
export async function mainThreadDuring(work: () => Promise<unknown>) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const latencies: number[] = [];
  const start = performance.now();
  let due = start;
  let timer: NodeJS.Timeout | undefined;
  const ping = () => {
    const now = performance.now();
    for (; due <= now; due += PING_EVERY_MS) latencies.push(now - due);
    JSON.stringify({ status: 'ok', at: now });
    timer = setTimeout(ping, Math.max(0, due - performance.now()));
  };
  delay.enable();
  timer = setTimeout(ping, PING_EVERY_MS);
  due += PING_EVERY_MS;
  await work();
  clearTimeout(timer);
  delay.disable();
  return {
    wallMs: ms(performance.now() - start),
    eventLoopDelayMaxMs: ms(delay.max / 1e6),
    eventLoopDelayP99Ms: ms(delay.percentile(99) / 1e6),
    pings: latencies.length,
    pingP99Ms: latencies.length ? ms(pct(latencies, 99)) : 0,
    pingMaxMs: latencies.length ? ms(Math.max(...latencies)) : 0,
  };
}
