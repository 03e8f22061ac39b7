// The account commands as a user runs them (`npm run -s NAME -- …` in a child process, from a
// fresh data directory): user:create with the password on standard input, and the import command
// against a server that has accounts, with and without FAULTLINE_TOKEN.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun as runCommand } from './npm-run';

const PASSWORD = 'a long enough secret';

let work = '';

const npmRun = (script: string, args: string[], input: string, env: Record<string, string> = {}) =>
  runCommand(script, args, { cwd: work, dataDir: path.join(work, 'data'), input, env });

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-accounts-cmd-'));
  fs.writeFileSync(path.join(work, 'events.csv'), 'title,date,precision,sub_type,source_publisher\n');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run -s user:create', () => {
  it('makes an admin from the password on standard input, never printing it', async () => {
    const r = await npmRun('user:create', ['--email', 'Admin@Example.org', '--role', 'admin'], `${PASSWORD}\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Made admin admin@example\.org/);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('refuses a second account for the same email, a short password and an unknown role', async () => {
    const again = await npmRun('user:create', ['--email', 'admin@example.org'], `${PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already an account for admin@example\.org/);
    const short = await npmRun('user:create', ['--email', 'b@example.org'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 10 characters/);
    const role = await npmRun('user:create', ['--email', 'c@example.org', '--role', 'owner'], `${PASSWORD}\n`);
    expect(role.code).toBe(1);
    expect(role.stderr).toMatch(/viewer, contributor, editor, admin/);
  });
});

describe('npm run -s import against a server with accounts', () => {
  let server: http.Server;
  let url = '';
  const seen: (string | undefined)[] = [];
  beforeAll(async () => {
    // Answers as /api/import does: 401 without a valid token, else the NDJSON report.
    server = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      req.resume();
      req.on('end', () => {
        if (req.headers.authorization !== 'Bearer fl_good') {
          res.writeHead(401, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'Sign in first' }));
          return;
        }
        const report = { read: 0, created: 0, updated: 0, unchanged: 0, rejected: [], stage: 'done' };
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        res.end(`${JSON.stringify({ report })}\n`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('says to set FAULTLINE_TOKEN when it has none', async () => {
    const r = await npmRun('import', ['events.csv'], '', { FAULTLINE_URL: url });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Sign in first.*FAULTLINE_TOKEN=<token>/);
    expect(seen.at(-1)).toBeUndefined();
  });

  it('sends FAULTLINE_TOKEN as a bearer token', async () => {
    const r = await npmRun('import', ['events.csv'], '', { FAULTLINE_URL: url, FAULTLINE_TOKEN: 'fl_good' });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 0, created: 0 });
    expect(seen.at(-1)).toBe('Bearer fl_good');
  });
});
