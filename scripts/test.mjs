// npm test: every part in order, stopping at the first that fails, with the time each one took
// (CI prints these lines, so a slow part shows up in its log).
import { spawn } from 'node:child_process';

// The checks of the first step read the sources and change nothing, and each keeps one core busy: they
// run side by side, each one's output printed whole when it ends. The tests run one part after another.
const STEPS = [['format:check', 'typecheck', 'lint'], ['test:unit'], ['test:db'], ['test:cli'], ['test:e2e']];
const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);

/** Runs `npm run -s part`; alone, its output goes straight through, beside others it is held until it ends. */
function run(part, alone) {
  const from = performance.now();
  const child = spawn('npm', ['run', '-s', part], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (err) => console.error(`npm test: ${part} could not start: ${err.message}`));
    child.on('close', (status, signal) => {
      process.stdout.write(Buffer.concat(output));
      const outcome = status === 0 ? 'passed' : `FAILED (${signal ?? `exit ${status}`})`;
      console.log(`npm test: ${part} ${outcome} in ${seconds(from)} s (total ${seconds(started)} s)`);
      resolve(status ?? 1);
    });
  });
}

for (const step of STEPS) {
  const statuses = await Promise.all(step.map((part) => run(part, step.length === 1)));
  const failed = statuses.find((status) => status !== 0);
  if (failed !== undefined) process.exit(failed);
}
