// npm run train:extract — retrains the extractor's learned stage on the tuning set of the real-article
// corpus and writes lib/extract/learned-model.json (the same data gives the same file). Prints the
// tuning figures of the rules alone and, cross-validated, with the learned stage at the chosen thresholds.
import fs from 'node:fs';
import path from 'node:path';
import { trainModel } from '../lib/extract/learned-training';

const MODEL_FILE = path.join(process.cwd(), 'lib', 'extract', 'learned-model.json');

const { model, rules, crossValidated } = trainModel();
fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
const round = (f: Record<string, number>) =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
console.log(JSON.stringify({ tuning: 'rules alone', ...round({ ...rules }) }));
console.log(JSON.stringify({ tuning: 'with the learned stage, cross-validated', ...round({ ...crossValidated }) }));
console.log(
  `thresholds: propose ${JSON.stringify(model.propose)}, veto ${model.veto}; ` +
    `${Object.keys(model.event).length} weights, ${Object.keys(model.types).length} sub-types; ` +
    `${(fs.statSync(MODEL_FILE).size / 1024).toFixed(0)} KB written to ${path.relative(process.cwd(), MODEL_FILE)}`,
);
