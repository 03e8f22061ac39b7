// Extraction speed: a 2,000-word article (the development set's articles joined, so the text is
// real news prose of every kind) through the whole pipeline, warm, as the server runs it; then long
// articles up to the 200,000-character limit, and what the main thread feels while those run on
// the worker thread the route uses (its event-loop delay, and a ping standing for /api/health).
import os from 'node:os';
import { loadDevSet } from '../lib/extract/dev-set';
import { extractEvents } from '../lib/extract/extract';
import { forgetNames } from '../lib/extract/participants';
import { ExtractPool, MAX_IN_FLIGHT } from '../lib/extract/extract-pool';
import { NameIndex } from '../lib/extract/registry';
import { seedRegistry } from '../lib/extract/seed-registry';
import type { Registry } from '../lib/extract/types';
import { mainThreadDuring, ms, pct } from './main-thread';
import { writeResult } from './results';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const PUBLISHED = '2024-05-12';
const LONG_SIZES = [25_000, 100_000, 200_000];
const TARGET_200K_MS = 2000;
const TARGET_MAIN_THREAD_MS = 100;

/** The development set's articles repeated until the text is `chars` long (cut there), or `minWords` words. */
function articleText({ chars, minWords }: { chars?: number; minWords?: number }) {
  const articles = loadDevSet();
  let text = '';
  for (let i = 0; chars ? text.length < chars : words(text) < minWords!; i++)
    text += `${articles[i % articles.length]!.text}\n\n`;
  return chars ? text.slice(0, chars) : text;
}

/** The median of `runs` extractions of each long text on this thread, as the route did before the worker. */
function benchLong(registry: Registry, index: NameIndex, runs: number) {
  return LONG_SIZES.map((chars) => {
    const text = articleText({ chars });
    const times: number[] = [];
    let events = 0;
    for (let i = 0; i < runs; i++) {
      forgetNames();
      const t = performance.now();
      events = extractEvents(text, { registry, index, publishedAt: PUBLISHED }).length;
      times.push(performance.now() - t);
    }
    const result = { characters: chars, words: words(text), events, ms: ms(pct(times, 50)) };
    console.log(`   ${chars.toLocaleString('en').padStart(7)} characters: ${result.ms} ms, ${events} events`);
    return result;
  });
}

/**
 * The worst texts a careless paste or an attacker sends, 200,000 characters each: one run-on "sentence" (entries
 * joined by semicolons), one paragraph of short sentences without a blank line, and dates without a full stop.
 * Before sentences were read in pieces (segment.ts) and a date's sentence was bounded (tagger.ts) they took 12 s,
 * 5.7 s and 1.8 s here.
 */
function benchHostile(registry: Registry, index: NameIndex, runs: number) {
  const limit = LONG_SIZES.at(-1)!;
  const repeated = (unit: string) => unit.repeat(Math.ceil(limit / unit.length)).slice(0, limit);
  const texts = {
    runOnSentence: repeated('On 3 May 2021, troops clashed near Tegh, which the army had taken; '),
    oneParagraph: repeated('Troops clashed near Tegh on 3 May 2021. '),
    datesWithoutStops: repeated('On 3 May 2021 and 4 May 2021 and 5 June 2020 '),
    // A lookbehind with an unbounded space read a run of spaces again at each of its characters: minutes.
    spaceRun: `Talks began in May${' '.repeat(limit - 40)}and ended in May.`,
  };
  return Object.fromEntries(
    Object.entries(texts).map(([name, text]) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        forgetNames();
        const t = performance.now();
        extractEvents(text, { registry, index, publishedAt: PUBLISHED });
        times.push(performance.now() - t);
      }
      const result = { characters: text.length, ms: ms(pct(times, 50)), targetMs: TARGET_200K_MS };
      console.log(
        `   ${name} of ${text.length.toLocaleString('en')} characters: ${result.ms} ms  ` +
          `(target ≤ ${TARGET_200K_MS} ms: ${result.ms <= TARGET_200K_MS ? 'met' : 'MISSED'})`,
      );
      return [name, result];
    }),
  );
}

/** As many longest articles as the route takes at once, extracted on the worker through ExtractPool. */
async function benchWorker(registry: Registry) {
  const pool = new ExtractPool();
  const t = performance.now();
  await pool.extract('The talks were held on 3 May 2021.', { registry, publishedAt: PUBLISHED });
  const startMs = ms(performance.now() - t);
  const text = articleText({ chars: LONG_SIZES.at(-1)! });
  const during = await mainThreadDuring(() =>
    Promise.all(Array.from({ length: MAX_IN_FLIGHT }, () => pool.extract(text, { registry, publishedAt: PUBLISHED }))),
  );
  await pool.close();
  const worst = Math.max(during.eventLoopDelayMaxMs, during.pingMaxMs);
  const result = { articles: MAX_IN_FLIGHT, characters: text.length, workerStartMs: startMs, ...during };
  console.log(
    `   on the worker, ${MAX_IN_FLIGHT} × ${text.length.toLocaleString('en')} characters in ${result.wallMs} ms ` +
      `(thread start ${startMs} ms): main thread's event-loop delay max ${result.eventLoopDelayMaxMs} ms ` +
      `(p99 ${result.eventLoopDelayP99Ms}), health ping max ${result.pingMaxMs} ms ` +
      `(p99 ${result.pingP99Ms}, ${result.pings} pings)  ` +
      `(target ≤ ${TARGET_MAIN_THREAD_MS} ms: ${worst <= TARGET_MAIN_THREAD_MS ? 'met' : 'MISSED'})`,
  );
  return { ...result, targetMs: TARGET_MAIN_THREAD_MS };
}

export async function benchExtract({ runs = 30, targetWords = 2000, longRuns = 3 } = {}) {
  const registry = seedRegistry();
  const index = new NameIndex(registry);
  const text = articleText({ minWords: targetWords });
  const n = words(text);
  console.log(
    `\n== extraction: one article of ${n.toLocaleString('en')} words (${text.length.toLocaleString('en')} characters)`,
  );
  const once = () => {
    forgetNames();
    const t = performance.now();
    const events = extractEvents(text, { registry, index, publishedAt: PUBLISHED });
    return { ms: performance.now() - t, events: events.length };
  };
  const cold = once();
  for (let i = 0; i < 3; i++) once();
  const times: number[] = [];
  let events = 0;
  for (let i = 0; i < runs; i++) {
    const r = once();
    times.push(r.ms);
    events = r.events;
  }
  const result = {
    words: n,
    characters: text.length,
    events,
    runs,
    firstCallMs: ms(cold.ms),
    p50: ms(pct(times, 50)),
    p95: ms(pct(times, 95)),
    targetP50: 150,
  };
  console.log(
    `   first call (loads the NLP lexicon) ${result.firstCallMs} ms; ` +
      `warm p50 ${result.p50} ms, p95 ${result.p95} ms, ${events} events  ` +
      `(target ≤ 150 ms: ${result.p50 <= 150 ? 'met' : 'MISSED'})`,
  );
  console.log(`   long articles, median of ${longRuns} on this thread:`);
  const long = benchLong(registry, index, longRuns);
  const longest = long.at(-1)!;
  console.log(
    `   ${longest.characters.toLocaleString('en')} characters in ${longest.ms} ms  ` +
      `(target ≤ ${TARGET_200K_MS} ms: ${longest.ms <= TARGET_200K_MS ? 'met' : 'MISSED'})`,
  );
  const hostile = benchHostile(registry, index, longRuns);
  const worker = await benchWorker(registry);
  writeResult('extract.json', {
    ...result,
    long: { runs: longRuns, sizes: long, targetLongestMs: TARGET_200K_MS },
    hostile,
    worker,
    machine: { cpus: os.cpus().length, node: process.version },
    at: new Date().toISOString(),
  });
}
