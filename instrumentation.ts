// Checks the environment and opens (migrates, seeds) the database when the server starts, so the
// first visitor does not wait and a bad setting or a lock conflict stops the server at once.
// Never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { openServerWarning, readEnv } = await import('./lib/env');
  const { getDatabase } = await import('./db/client');
  try {
    const warning = openServerWarning(readEnv());
    if (warning) console.warn(warning);
    const { engine } = await getDatabase();
    console.log(`faultline: database ready (${engine})`);
  } catch (err) {
    console.error(`faultline: ${(err as Error).message}`);
    process.exit(1);
  }
}
