// A hash of everything `next build` reads, so `npm start` rebuilds exactly when the sources changed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = [
  'app',
  'components',
  'lib',
  'db',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
];
const SKIP = /(^|\/)(node_modules|\.next|seed|migrations)(\/|$)|\.test\.tsx?$/;

function files(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (fs.statSync(entry).isFile()) return [entry];
  return fs.readdirSync(entry).flatMap((name) => {
    const p = path.join(entry, name);
    return SKIP.test(p) ? [] : files(p);
  });
}

export function sourceHash(root = process.cwd()): string {
  const hash = crypto.createHash('sha256');
  for (const f of ROOTS.flatMap((r) => files(path.join(root, r))).sort()) {
    hash.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

export const STAMP_FILE = path.join('.next', 'faultline-build-stamp');

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP_FILE);
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, 'utf8').trim() === sourceHash(root);
}

export function writeStamp(root = process.cwd()): void {
  fs.writeFileSync(path.join(root, STAMP_FILE), sourceHash(root));
}
