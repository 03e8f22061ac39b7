// One process owns an embedded (PGlite) data directory: two processes on one directory silently
// lose committed rows. The lock is a file holding the owner's PID; it is re-entrant for that PID
// (Next can load this module in several module graphs) and taken over when its owner is dead —
// or when its PID now names another process, which the owner's start time tells (on Linux).
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'faultline.lock';

export interface LockInfo {
  pid: number;
  command: string;
  startedAt: string;
  /** Where the owning server answers, so tools can send their work to it instead. */
  url?: string;
  /**
   * When the owner started, as the kernel counts it ("<boot id>:<start ticks>"), so that a PID
   * reused by another process after a crash or a reboot is not taken for the owner. Absent
   * where /proc is not there (macOS, Windows) and in locks written before it: the PID alone decides.
   */
  processStart?: string;
}

export class LockHeldError extends Error {
  constructor(
    readonly holder: LockInfo,
    dataDir: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holder.pid} ` +
        `(${holder.command}, since ${holder.startedAt})` +
        `${holder.url ? `, serving ${holder.url}` : ''}.\n` +
        'Only one process may open an embedded database. Stop that process first (Ctrl-C in its terminal, or ' +
        `kill ${holder.pid}), or point this one at another directory with FAULTLINE_DATA_DIR.`,
    );
    this.name = 'LockHeldError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's start as "<boot id>:<start ticks>" (field 22 of /proc/<pid>/stat), or null off Linux. */
export function processStartOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields[22 - 3];
    const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return ticks ? `${boot}:${ticks}` : null;
  } catch {
    return null;
  }
}

/** The lock's owner still runs: its PID is alive and, where we can tell, is the same process. */
function ownerRuns(info: LockInfo): boolean {
  if (!isAlive(info.pid)) return false;
  if (!info.processStart) return true;
  const now = processStartOf(info.pid);
  return now === null || now === info.processStart;
}

export function readLock(dataDir: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/** The live process other than this one that holds the directory, if any. */
export function lockHolder(dataDir: string): LockInfo | null {
  const info = readLock(dataDir);
  if (!info || info.pid === process.pid || !ownerRuns(info)) return null;
  return info;
}

/** Takes the lock or throws LockHeldError. Returns a release function. */
export function acquireLock(dataDir: string, details: { command: string; url?: string }): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    command: details.command,
    startedAt: new Date().toISOString(),
    url: details.url,
    processStart: processStartOf(process.pid) ?? undefined,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine, null, 2), { flag: 'wx' });
      return () => releaseLock(dataDir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readLock(dataDir);
    if (holder?.pid === process.pid) return () => releaseLock(dataDir);
    if (holder && ownerRuns(holder)) throw new LockHeldError(holder, dataDir);
    console.warn(
      `faultline: taking over ${file}, left by process ${holder?.pid ?? '?'} which is no longer running ` +
        `${holder && isAlive(holder.pid) ? '(its PID now belongs to another process) ' : ''}` +
        '(it probably crashed; PostgreSQL recovers the data from its write-ahead log).',
    );
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}`);
}

export function releaseLock(dataDir: string): void {
  const info = readLock(dataDir);
  if (info?.pid === process.pid) fs.rmSync(path.join(dataDir, LOCK_FILE), { force: true });
}
