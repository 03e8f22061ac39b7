// npm run eval:tempeval — the tagger on the TempEval-3 platinum set, beside the published systems.
import fs from 'node:fs';
import path from 'node:path';
import { tagTimex } from '../lib/temporal/tagger';
import { readTimeml, score } from '../lib/temporal/tempeval';
import { argValue } from './args';

// The benchmark is not ours to ship: by default it is read from the shared folder beside the project.
const DEFAULT_DIR = path.join('..', 'shared', 'benchmarks', 'tempeval3-platinum');
const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), argValue('dir') ?? DEFAULT_DIR);
const files =
  fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).filter((f) => f.endsWith('.tml')) : [];
if (files.length === 0) {
  console.error(
    `eval:tempeval: no TempEval-3 benchmark at ${dir} (no .tml files there).\n` +
      'Put the TempEval-3 platinum test set (TimeML .tml files) in that folder, or name its folder: ' +
      'npm run eval:tempeval -- --dir PATH',
  );
  process.exit(1);
}
const docs = files.sort().map((f) => readTimeml(f, fs.readFileSync(path.join(dir, f), 'utf8')));
const results = docs.map((d) => ({ gold: d.gold, predicted: tagTimex(d.text, d.dct) }));
const s = score(results);
if (process.argv.includes('--misses')) {
  for (const [i, d] of docs.entries()) {
    for (const g of d.gold) {
      const p = results[i]!.predicted.find((x) => x.start < g.end && g.start < x.end);
      if (!p || p.value !== g.value)
        console.log(`${d.name}\t${g.text}\t${g.type} ${g.value}\t→ ${p ? `${p.text} ${p.type} ${p.value}` : 'missed'}`);
    }
    for (const p of results[i]!.predicted)
      if (!d.gold.some((g) => p.start < g.end && g.start < p.end))
        console.log(`${d.name}\t(spurious) ${p.text} ${p.type} ${p.value}`);
  }
}
const row = (name: string, relaxed: string, strict: string, type: string, value: string) =>
  console.log(
    `| ${name.padEnd(36)} | ${relaxed.padStart(11)} | ${strict.padStart(10)} | ${type.padStart(7)} | ` +
      `${value.padStart(8)} |`,
  );
console.log(`${docs.length} documents, ${s.gold} gold expressions, ${s.predicted} found\n`);
row('system', 'relaxed F1', 'strict F1', 'type F1', 'value F1');
row('Faultline', s.relaxed.toFixed(2), s.strict.toFixed(2), s.type.toFixed(2), s.value.toFixed(2));
row('HeidelTime (published)', '90.30', '81.34', '—', '77.61');
row('SUTime (published)', '90.32', '79.57', '—', '67.38');
row('chrono-node, naive (README)', '69.8', '39.1', '—', '32.6');
