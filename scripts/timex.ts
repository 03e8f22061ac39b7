// npm run -s timex -- [--dct YYYY-MM-DD] FILE   (FILE "-" = stdin; relative to INIT_CWD)
// Prints only the JSON array of time expressions: [{ start, end, text, type, value }].
import fs from 'node:fs';
import path from 'node:path';
import { isIsoDay } from '../lib/dates/calendar';
import { tagTimex } from '../lib/temporal/tagger';
import { argValue } from './args';

const dct = argValue('dct');
if (dct && !isIsoDay(dct)) {
  console.error('timex: --dct is a day, YYYY-MM-DD');
  process.exit(2);
}
const file = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--dct')
  .at(-1);
if (!file) {
  console.error('timex: name a file (or - for standard input)');
  process.exit(2);
}
const text =
  file === '-'
    ? fs.readFileSync(0, 'utf8')
    : fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
process.stdout.write(`${JSON.stringify(tagTimex(text, dct))}\n`);
