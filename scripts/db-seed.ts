// npm run db:seed — loads the curated Armenia–Azerbaijan dataset into an empty database.
import { seedIfEmpty } from '../db/jobs/seed';
import { withDatabase } from './cli';

await withDatabase('db:seed', async ({ db }) => {
  const seeded = await seedIfEmpty(db);
  console.log(
    seeded ? 'Seeded the Armenia–Azerbaijan dataset.' : 'The database already holds a conflict: nothing was changed.',
  );
});
