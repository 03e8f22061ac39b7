// Checks the environment and opens (migrates, seeds) the database when the server starts, so the
// first visitor does not wait and a bad setting or a lock conflict stops the server at once; then
// starts the extraction thread. Never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { openServerWarning, readEnv } = await import('./lib/env');
  const { getDatabase } = await import('./db/client');
  try {
    const { engine, db } = await getDatabase();
    console.log(`faultline: database ready (${engine})`);
    // The proxy asks for no caller until the first account exists (lib/auth/accounts-state.ts).
    const { accountsExist } = await import('./lib/auth/caller');
    const warning = openServerWarning(readEnv(), { accounts: await accountsExist(db) });
    if (warning) console.warn(warning);
    const [{ registerSurvivorLookup }, { mergedInto }] = await Promise.all([
      import('./lib/identities/redirect'),
      import('./db/queries/merges'),
    ]);
    registerSurvivorLookup(async (kind, id) => mergedInto({ db: (await getDatabase()).db, kind, id }));
  } catch (err) {
    console.error(`faultline: ${(err as Error).message}`);
    process.exit(1);
  }
  // The extraction thread compiles its code on start: better now than in the first analyst's request.
  // Should it fail to start, the pool says so and extracts on the main thread.
  const { extractPool } = await import('./lib/extract/extract-pool');
  extractPool().warm();
}
