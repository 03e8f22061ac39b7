// Reading TempEval-3 TimeML files and scoring a tagger against them, as the benchmark's README
// defines: strict span (identical), relaxed span (overlapping), type and value (on relaxed matches).
import type { Timex } from './tagger';

export interface GoldDoc {
  name: string;
  dct: string;
  text: string;
  gold: Timex[];
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function readTimeml(name: string, xml: string): GoldDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Timex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const part of body.split(/(<[^>]+>)/)) {
    if (part.startsWith('<TIMEX3')) open = { start: text.length, type: attr(part, 'type'), value: attr(part, 'value') };
    else if (part === '</TIMEX3>' && open) {
      gold.push({
        start: open.start,
        end: text.length,
        text: text.slice(open.start),
        type: open.type as Timex['type'],
        value: open.value,
      });
      open = null;
    } else if (!part.startsWith('<')) text += decode(part);
  }
  return { name, dct: attr(dctTag, 'value').slice(0, 10), text, gold };
}

export interface Scores {
  strict: number;
  relaxed: number;
  type: number;
  value: number;
  gold: number;
  predicted: number;
}

const f1 = (hits: number, predicted: number, gold: number) => {
  const p = predicted ? hits / predicted : 0;
  const r = gold ? hits / gold : 0;
  return p + r ? (200 * p * r) / (p + r) : 0;
};

export function score(docs: { gold: Timex[]; predicted: Timex[] }[]): Scores {
  let strict = 0,
    relaxed = 0,
    type = 0,
    value = 0,
    gold = 0,
    predicted = 0;
  for (const d of docs) {
    gold += d.gold.length;
    predicted += d.predicted.length;
    const used = new Set<number>();
    for (const g of d.gold) {
      const i = d.predicted.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
      if (i < 0) continue;
      used.add(i);
      const p = d.predicted[i]!;
      relaxed++;
      if (p.start === g.start && p.end === g.end) strict++;
      if (p.type === g.type) type++;
      if (p.value === g.value) value++;
    }
  }
  return {
    strict: f1(strict, predicted, gold),
    relaxed: f1(relaxed, predicted, gold),
    type: f1(type, predicted, gold),
    value: f1(value, predicted, gold),
    gold,
    predicted,
  };
}
