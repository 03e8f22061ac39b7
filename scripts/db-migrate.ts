// npm run db:migrate — applies pending migrations (opening the database does it).
import { withDatabase } from './cli';

await withDatabase('db:migrate', async ({ engine }) => {
  console.log(`Migrations applied (${engine}).`);
});
