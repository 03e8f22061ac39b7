// The command tests' one way to run a command as a user does: `npm run -s NAME -- …` in a child
// process, from a folder of its own, on an embedded data directory of its own (never a server).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

interface Where {
  /** The folder the user is in: file arguments are relative to it. */
  cwd: string;
  dataDir: string;
  input?: string;
  env?: Record<string, string>;
}

/** `npm run -s script -- args`, with optional standard input; never throws on a non-zero exit. */
export async function npmRun(
  script: string,
  args: string[],
  { cwd, dataDir, input, env = {} }: Where,
): Promise<Result> {
  const child = run('npm', ['--prefix', root, 'run', '-s', script, '--', ...args], {
    cwd,
    env: { ...process.env, FAULTLINE_DATA_DIR: dataDir, DATABASE_URL: '', FAULTLINE_URL: '', ...env },
    maxBuffer: 2 ** 26,
  });
  child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
