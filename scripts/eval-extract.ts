// npm run eval:extract [-- --verbose | --misses | --set NAME] — precision, recall and date accuracy of
// the extractor on the labelled articles under lib/extract/fixtures/, beside a naive baseline
// (chrono-node on each sentence, one event per dated sentence), so the figures say what the pipeline
// adds; then one JSON line per set (development, the real-article corpus's tuning and held-back sets;
// --set NAME: that one only). --verbose lists what was missed, except in the held-back set, which is
// scored and never read while tuning; --misses lists only the tuning set's missed gold events with the
// rules that set them aside, then counts them by rule.
import * as chrono from 'chrono-node';
import { EVAL_SETS, evaluateSet } from '../lib/extract/corpus';
import { loadDevSet } from '../lib/extract/dev-set';
import { extractEvents } from '../lib/extract/extract';
import { score, total, type Proposal, type Score } from '../lib/extract/evaluate';
import { NameIndex } from '../lib/extract/registry';
import { seedRegistry } from '../lib/extract/seed-registry';
import { missesOf } from '../lib/extract/misses';
import { argValue, hasFlag } from './args';

if (hasFlag('misses')) {
  const misses = missesOf('tuning');
  const byRule = new Map<string, number>();
  for (const m of misses) {
    const date = `${m.gold.dateStart ?? '—'}${m.gold.dateEnd ? `/${m.gold.dateEnd}` : ''}`;
    console.log(
      `${m.article}  ${m.rules.join(',')}  ${m.gold.salience ?? 'main'}  ${date}  ${m.gold.subType ?? ''}  ` +
        `«${m.evidence.slice(0, 110)}»`,
    );
    byRule.set(m.rules[0]!, (byRule.get(m.rules[0]!) ?? 0) + 1);
  }
  console.log(`\n${misses.length} missed gold events of the tuning set, by the first rule that set each aside:`);
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${rule}`);
  process.exit(0);
}

const verbose = hasFlag('verbose');
const registry = seedRegistry();
const index = new NameIndex(registry);

function baseline(text: string, published: string): Proposal[] {
  const out: Proposal[] = [];
  const ref = new Date(`${published}T12:00:00Z`);
  for (const s of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    const found = chrono.parse(s.segment, { instant: ref, timezone: 0 })[0];
    if (!found) continue;
    const c = found.start;
    const y = String(c.get('year')).padStart(4, '0');
    const m = String(c.get('month')).padStart(2, '0');
    const d = String(c.get('day')).padStart(2, '0');
    const [dateStart, precision] = c.isCertain('day')
      ? [`${y}-${m}-${d}`, 'day']
      : c.isCertain('month')
        ? [`${y}-${m}`, 'month']
        : [y, 'year'];
    out.push({ dateStart, dateEnd: null, precision, actors: [], span: [s.index, s.index + s.segment.length] });
  }
  return out;
}

const fmt = (x: number) => x.toFixed(2);
const rows: { name: string; ours: Score; base: Score }[] = [];
for (const { name, text, publishedAt, events } of loadDevSet()) {
  const ours = score(text, events, extractEvents(text, { registry, index, publishedAt }));
  const base = score(text, events, baseline(text, publishedAt));
  rows.push({ name, ours, base });
  if (verbose) {
    for (const g of ours.missed) console.log(`${name}  MISSED  ${g.dateStart ?? '—'}  ${g.title}`);
    for (const w of ours.wrongDates)
      console.log(
        `${name}  DATE    gold ${w.gold.dateStart ?? '—'}${w.gold.dateEnd ? `/${w.gold.dateEnd}` : ''} ` +
          `${w.gold.precision}  got ${w.proposal.dateStart ?? '—'}` +
          `${w.proposal.dateEnd ? `/${w.proposal.dateEnd}` : ''} ${w.proposal.precision}  ${w.gold.title}`,
      );
    for (const p of ours.extra)
      console.log(
        `${name}  EXTRA   ${p.dateStart ?? '—'}  ${p.subType}  «${text.slice(p.span[0], p.span[1]).slice(0, 90)}»`,
      );
  }
}

console.log(`\n${'article'.padEnd(32)} gold  ours: found matched dates | baseline: found matched dates`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(32)} ${String(r.ours.gold).padStart(4)}  ${String(r.ours.proposed).padStart(10)} ` +
      `${String(r.ours.matched).padStart(7)} ${String(r.ours.exactDates).padStart(5)} | ` +
      `${String(r.base.proposed).padStart(15)} ${String(r.base.matched).padStart(7)} ` +
      `${String(r.base.exactDates).padStart(5)}`,
  );
}
const ours = total(rows.map((r) => r.ours));
const base = total(rows.map((r) => r.base));
console.log(`\n${rows.length} articles, ${ours.gold} gold events`);
console.log(
  `Faultline  precision ${fmt(ours.precision)}  recall ${fmt(ours.recall)}  exact dates ${fmt(ours.dateAccuracy)}  ` +
    `type ${fmt(ours.typeAccuracy)}  invented dates ${ours.inventedDates}`,
);
console.log(
  `baseline   precision ${fmt(base.precision)}  recall ${fmt(base.recall)}  exact dates ${fmt(base.dateAccuracy)}  ` +
    '(chrono-node, one event per dated sentence)',
);

console.log('');
const only = argValue('set');
for (const set of EVAL_SETS.filter((s) => !only || s === only)) {
  const { figures, scores } = evaluateSet(set);
  if (verbose && set === 'tuning') {
    for (const { article, score: s } of scores)
      for (const g of s.missed) console.log(`${article.name}  MISSED  ${g.dateStart ?? '—'}  ${g.title}`);
  }
  console.log(JSON.stringify(figures));
}
