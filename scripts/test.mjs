// npm test: every part in order, stopping at the first that fails, with the time each one took
// (CI prints these lines, so a slow part shows up in its log).
import { spawnSync } from 'node:child_process';

const PARTS = ['format:check', 'typecheck', 'lint', 'test:unit', 'test:db', 'test:cli', 'test:e2e'];
const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);

for (const part of PARTS) {
  const from = performance.now();
  const { status, signal } = spawnSync('npm', ['run', '-s', part], { stdio: 'inherit' });
  const outcome = status === 0 ? 'passed' : `FAILED (${signal ?? `exit ${status}`})`;
  console.log(`npm test: ${part} ${outcome} in ${seconds(from)} s (total ${seconds(started)} s)`);
  if (status !== 0) process.exit(status ?? 1);
}
