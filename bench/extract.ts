// Extraction speed: a 2,000-word article (the development set's articles joined, so the text is
// real news prose of every kind) through the whole pipeline, warm, as the server runs it.
import os from 'node:os';
import { loadDevSet } from '../lib/extract/dev-set';
import { extractEvents, forgetNames } from '../lib/extract/extract';
import { NameIndex } from '../lib/extract/registry';
import { seedRegistry } from '../lib/extract/seed-registry';
import { writeResult } from './results';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

export async function benchExtract({ runs = 30, targetWords = 2000 } = {}) {
  const registry = seedRegistry();
  const index = new NameIndex(registry);
  const articles = loadDevSet();
  let text = '';
  for (let i = 0; words(text) < targetWords; i++) text += `${articles[i % articles.length]!.text}\n\n`;
  const n = words(text);
  console.log(
    `\n== extraction: one article of ${n.toLocaleString('en')} words (${text.length.toLocaleString('en')} characters)`,
  );
  const once = () => {
    forgetNames();
    const t = performance.now();
    const events = extractEvents(text, { registry, index, publishedAt: '2024-05-12' });
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
    firstCallMs: +cold.ms.toFixed(1),
    p50: +pct(times, 50).toFixed(1),
    p95: +pct(times, 95).toFixed(1),
    targetP50: 150,
  };
  console.log(
    `   first call (loads the NLP lexicon) ${result.firstCallMs} ms; warm p50 ${result.p50} ms, p95 ${result.p95} ms, ${events} events  (target ≤ 150 ms: ${result.p50 <= 150 ? 'met' : 'MISSED'})`,
  );
  writeResult('extract.json', {
    ...result,
    machine: { cpus: os.cpus().length, node: process.version },
    at: new Date().toISOString(),
  });
}
