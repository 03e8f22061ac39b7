// npm run -s timex -- [--dct YYYY-MM-DD] FILE   (FILE "-" = stdin; relative to INIT_CWD)
// Prints only the JSON array of time expressions: [{ start, end, text, type, value }].
import fs from 'node:fs';
import { isIsoDay } from '../lib/dates/calendar';
import { tagTimex } from '../lib/temporal/tagger';
import { argValue, fail, inputFile } from './args';

const filePath = inputFile('timex', 'dct', 'YYYY-MM-DD');
const dct = argValue('dct');
if (dct && !isIsoDay(dct)) fail('timex', '--dct is a day, YYYY-MM-DD');
const text = fs.readFileSync(filePath ?? 0, 'utf8');
process.stdout.write(`${JSON.stringify(tagTimex(text, dct))}\n`);
