// npm run db:synth -- --events N [--seed S] [--replace]
// Loads N deterministic synthetic events as a separate conflict ("synthetic") for scale tests.
import { loadSynthetic } from '../db/jobs/bulk';
import { seedIfEmpty } from '../db/jobs/seed';
import { argValue, hasFlag } from './args';
import { withDatabase } from './cli';

const count = Number(argValue('events') ?? '100000');
const seed = Number(argValue('seed') ?? '1');
if (!Number.isInteger(count) || count < 1 || count > 20_000_000) {
  console.error('db:synth: --events must be a whole number between 1 and 20,000,000');
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error('db:synth: --seed must be a whole number');
  process.exit(2);
}

await withDatabase('db:synth', async (database) => {
  await seedIfEmpty(database.db);
  const report = await loadSynthetic({
    database,
    count,
    seed,
    replace: hasFlag('replace'),
    onProgress: (done) =>
      process.stderr.write(`\rdb:synth: ${done.toLocaleString('en')} / ${count.toLocaleString('en')} events`),
  });
  process.stderr.write('\n');
  console.log(JSON.stringify(report, null, 2));
});
