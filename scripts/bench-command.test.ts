// `npm run bench` as the README gives it, at its smallest sizes: every part runs and writes its figures.
// A file of its own so that it runs beside the other commands' tests (it builds the app when no
// current build exists, the longest of them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun } from './npm-run';

let work = '';
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-cmd-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('runs every part at its smallest sizes and writes its figures where --out says', async () => {
    const out = path.join(work, 'bench');
    const args = ['--events', '300', '--runs', '1', '--import-events', '300', '--browser-events', '300', '--out', out];
    args.push('--permissions-events', '300');
    const r = await npmRun('bench', args, { cwd: work, dataDir: path.join(work, 'data') });
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([
      'browser-300.json',
      'extract.json',
      'import-export-300.json',
      'names-300.json',
      'permissions-300.json',
      'pglite-300.json',
    ]);
    const queries = JSON.parse(fs.readFileSync(path.join(out, 'pglite-300.json'), 'utf8'));
    expect(queries.queries.length).toBeGreaterThan(5);
    expect(queries.whileHeavy).toMatchObject({
      eventLoopDelayMaxMs: expect.any(Number),
      healthMaxMs: expect.any(Number),
    });
  }, 900_000); // builds the app when no current build exists
});
