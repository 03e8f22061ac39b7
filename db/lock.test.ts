import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE, LockHeldError, lockHolder, processStartOf, readLock } from './lock';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Tries to take the lock from another process; returns its exit code and stderr. */
function otherProcessTakes(dir: string) {
  const script = `import { acquireLock } from './db/lock.ts';
    try { acquireLock(${JSON.stringify(dir)}, { command: 'second' }); process.exit(0); }
    catch (e) { console.error(e.message); process.exit(3); }`;
  return spawnSync(path.join('node_modules', '.bin', 'tsx'), ['--eval', script], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });
}

describe('data-directory lock', () => {
  it('makes a second process fail at once, naming the holder and what to do', () => {
    const dir = tempDir();
    const release = acquireLock(dir, { command: 'faultline server', url: 'http://127.0.0.1:3000' });
    const other = otherProcessTakes(dir);
    expect(other.status).toBe(3);
    expect(other.stderr).toContain(`process ${process.pid}`);
    expect(other.stderr).toContain('http://127.0.0.1:3000');
    expect(other.stderr).toContain('FAULTLINE_DATA_DIR');
    release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(otherProcessTakes(dir).status).toBe(0);
  });

  it('is re-entrant for its own process (several module graphs of one server)', () => {
    const dir = tempDir();
    acquireLock(dir, { command: 'a' });
    expect(() => acquireLock(dir, { command: 'b' })).not.toThrow();
    expect(readLock(dir)?.pid).toBe(process.pid);
    expect(lockHolder(dir)).toBeNull();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout.trim());
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: deadPid, command: 'crashed', startedAt: '2026-01-01T00:00:00Z' }),
    );
    expect(lockHolder(dir)).toBeNull();
    acquireLock(dir, { command: 'new owner' });
    expect(readLock(dir)?.pid).toBe(process.pid);
  });

  it('reports a live holder through LockHeldError', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, command: 'parent', startedAt: 'now' }),
    );
    expect(() => acquireLock(dir, { command: 'me' })).toThrow(LockHeldError);
  });

  it('records when its owner started, where the system tells', () => {
    const dir = tempDir();
    acquireLock(dir, { command: 'me' });
    expect(readLock(dir)?.processStart).toBe(processStartOf(process.pid) ?? undefined);
  });

  it.runIf(processStartOf(process.pid) !== null)(
    'takes over a lock whose PID now belongs to another process (started at another time)',
    () => {
      const dir = tempDir();
      const lock = (processStart: string | null) =>
        fs.writeFileSync(
          path.join(dir, LOCK_FILE),
          JSON.stringify({ pid: process.ppid, command: 'crashed', startedAt: 'then', processStart }),
        );
      lock(processStartOf(process.ppid));
      expect(lockHolder(dir)?.pid).toBe(process.ppid);
      expect(() => acquireLock(dir, { command: 'me' })).toThrow(LockHeldError);
      lock(`${processStartOf(process.ppid)}1`);
      expect(lockHolder(dir)).toBeNull();
      acquireLock(dir, { command: 'new owner' });
      expect(readLock(dir)?.pid).toBe(process.pid);
    },
  );
});
