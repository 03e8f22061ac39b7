// `npm start`: check the data directory is free, build if the build is missing or stale, then
// serve. The server itself migrates and seeds on start-up (instrumentation.ts), as the only
// process that opens the embedded database.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { lockHolder, LockHeldError } from '../db/lock';
import { readEnv } from '../lib/env';
import { buildIsCurrent, writeStamp } from './build-stamp';

/**
 * Beyond loopback without FAULTLINE_ALLOW_OPEN the environment is refused, unless the database has
 * accounts: then nobody writes without one, and the server may listen on any address.
 */
async function openBecauseOfAccounts(): Promise<boolean> {
  const relaxed = { ...process.env, FAULTLINE_ALLOW_OPEN: '1' };
  try {
    readEnv(relaxed);
  } catch {
    return false; // something else is wrong too: say that
  }
  const { openDatabase } = await import('../db/client');
  const { anyAccount } = await import('../db/accounts-exist');
  const database = await openDatabase({ command: 'npm start' });
  try {
    return await anyAccount(database.db);
  } finally {
    await database.close();
  }
}

const env = await (async () => {
  try {
    return readEnv();
  } catch (err) {
    if (await openBecauseOfAccounts()) {
      process.env.FAULTLINE_ALLOW_OPEN = '1';
      return readEnv();
    }
    console.error(`faultline: ${(err as Error).message}`);
    process.exit(1);
  }
})();
const nextBin = 'node_modules/.bin/next';

if (!env.DATABASE_URL) {
  const holder = lockHolder(env.dataDir);
  if (holder) {
    console.error(new LockHeldError(holder, env.dataDir).message);
    process.exit(1);
  }
}

if (!buildIsCurrent()) {
  console.log('faultline: building the app (first start, or the sources changed)…');
  const build = spawnSync(nextBin, ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeStamp();
}

console.log(
  `faultline: serving http://${env.HOST}:${env.PORT} (data: ${env.DATABASE_URL ? 'PostgreSQL server' : env.dataDir})`,
);
const server = spawn(nextBin, ['start', '-H', env.HOST, '-p', String(env.PORT)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FAULTLINE_DATA_DIR: env.dataDir },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  // Test runs start the server on a throw-away directory and ask for it to be removed afterwards.
  if (process.env.FAULTLINE_DATA_DIR_EPHEMERAL === '1' && !env.DATABASE_URL)
    fs.rmSync(env.dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
