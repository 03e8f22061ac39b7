// Shared start-up for command-line tools: open the configured database as its only writer
// (refusing while a server holds an embedded data directory) and close it on the way out.
import { openDatabase, type Database } from '../db/client';
import { LockHeldError } from '../db/lock';

export async function withDatabase<T>(command: string, run: (database: Database) => Promise<T>): Promise<T> {
  let database: Database;
  try {
    database = await openDatabase({ command });
  } catch (err) {
    if (err instanceof LockHeldError) {
      console.error(`${command}: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}
