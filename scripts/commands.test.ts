// Every command in the README's tables, run the way a user runs it: `npm run -s NAME -- …` in a
// child process, from a fresh temporary data directory, checking what it prints and its exit code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun as runCommand, type Result } from './npm-run';

const root = path.resolve(import.meta.dirname, '..');
const sentence = 'On November 26, 2021 Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi.\n';

let dataDir = '';
let work = '';

const npmRun = (script: string, args: string[] = [], input?: string): Promise<Result> =>
  runCommand(script, args, { cwd: work, dataDir, input });

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-cmd-'));
  dataDir = path.join(work, 'data');
  fs.writeFileSync(path.join(work, 'sochi.txt'), sentence);
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run -s timex', () => {
  it('prints the time expressions of a file as JSON', async () => {
    const r = await npmRun('timex', ['--dct', '2021-11-29', 'sochi.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ text: 'November 26, 2021', value: '2021-11-26' })]);
  });

  it('reads standard input for "-"', async () => {
    const r = await npmRun('timex', ['--dct', '2021-11-29', '-'], sentence);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].value).toBe('2021-11-26');
  });

  it('refuses a malformed --dct with a message', async () => {
    const r = await npmRun('timex', ['--dct', '29/11/2021', 'sochi.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dct is a day');
  });

  it('names an option it does not know and a missing file, without a stack trace', async () => {
    // extract's --published given to timex: it was read as the file's name and crashed on it.
    const wrong = await npmRun('timex', ['--published', '2021-11-29', 'sochi.txt']);
    expect([wrong.code, wrong.stderr.trim()]).toEqual([
      2,
      'timex: unknown option --published: the only one is --dct YYYY-MM-DD',
    ]);
    const missing = await npmRun('timex', ['missing.txt']);
    expect([missing.code, missing.stderr.trim()]).toEqual([
      2,
      `timex: no such file: ${path.join(work, 'missing.txt')}`,
    ]);
  });
});

describe('npm run -s extract', () => {
  it('proposes the Sochi summit with its exact date, without a server or a database', async () => {
    const r = await npmRun('extract', ['--published', '2021-11-29', '-'], sentence);
    expect(r.code, r.stderr).toBe(0);
    const [event] = JSON.parse(r.stdout);
    expect(event).toMatchObject({ dateStart: '2021-11-26', precision: 'day', subType: 'summit-or-meeting' });
    expect(event.actors).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan']));
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('names a missing file, and an option it does not know', async () => {
    const r = await npmRun('extract', ['missing.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
    const bogus = await npmRun('extract', ['--bogus', 'missing.txt']);
    expect([bogus.code, bogus.stderr]).toEqual([2, expect.stringContaining('unknown option --bogus')]);
  });
});

describe('database commands', () => {
  it('db:migrate, db:seed, import, db:synth on a fresh embedded database', async () => {
    const migrate = await npmRun('db:migrate');
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain('Migrations applied (pglite)');

    const seed = await npmRun('db:seed');
    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stdout).toContain('Seeded the Armenia–Azerbaijan dataset.');
    const again = await npmRun('db:seed');
    expect(again.stdout).toContain('nothing was changed');

    fs.copyFileSync(path.join(root, 'db', 'fixtures', 'simple.csv'), path.join(work, 'simple.csv'));
    const imported = await npmRun('import', ['simple.csv']);
    expect(imported.code, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout);
    expect(report.read).toBeGreaterThan(0);
    expect(report.created + report.updated + report.unchanged + report.rejected.length).toBe(report.read);

    const missing = await npmRun('import', ['no-such.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');

    const synth = await npmRun('db:synth', ['--events', '50', '--seed', '2']);
    expect(synth.code, synth.stderr).toBe(0);
    expect(JSON.parse(synth.stdout.slice(synth.stdout.indexOf('{')))).toMatchObject({ events: 50 });
  }, 180_000);
});

describe('npm run -s conflict', () => {
  it('creates, lists and renames a conflict; an import into a new slug creates it only when asked', async () => {
    const created = await npmRun('conflict', [
      'create', '--slug', 'georgia-abkhazia', '--name', 'Georgia–Abkhazia', '--region', 'South Caucasus',
      '--countries', 'GEO,RUS', '--from', '1992-08',
    ]); // prettier-ignore
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      slug: 'georgia-abkhazia',
      countries: ['GEO', 'RUS'],
      spanStart: '1992-08',
      events: 0,
    });

    const again = await npmRun('conflict', ['create', '--slug', 'georgia-abkhazia', '--name', 'Again']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const bad = await npmRun('conflict', ['create', '--slug', 'Georgia Abkhazia', '--name', 'X']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--slug: A slug is lower-case letters');

    const renamed = await npmRun('conflict', [
      'update',
      'georgia-abkhazia',
      '--name',
      'Abkhazia',
      '--to',
      '1993-09-30',
    ]);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(JSON.parse(renamed.stdout)).toMatchObject({ name: 'Abkhazia', spanEnd: '1993-09-30' });

    fs.copyFileSync(path.join(root, 'db', 'fixtures', 'simple.csv'), path.join(work, 'simple.csv'));
    const refused = await npmRun('import', ['--conflict', 'south-ossetia', 'simple.csv']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Unknown conflict "south-ossetia": add --create-conflict');
    const imported = await npmRun('import', [
      '--conflict', 'south-ossetia', '--create-conflict', '--conflict-name', 'South Ossetia', 'simple.csv',
    ]); // prettier-ignore
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout).created).toBeGreaterThan(0);
    const after = JSON.parse((await npmRun('conflict', ['list'])).stdout).conflicts;
    // Other commands share this data directory (db:synth adds "synthetic"): look for these two by slug.
    const slugs = after.map((c: { slug: string }) => c.slug);
    expect(slugs).toEqual(expect.arrayContaining(['armenia-azerbaijan', 'georgia-abkhazia', 'south-ossetia']));
    const ossetia = after.find((c: { slug: string }) => c.slug === 'south-ossetia');
    expect(ossetia).toMatchObject({ name: 'South Ossetia' });
    expect(ossetia.events).toBeGreaterThan(0);
  }, 400_000);
});

describe('evaluations', () => {
  it('eval:extract prints its scores', async () => {
    const r = await npmRun('eval:extract');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Faultline {2}precision \d\.\d\d {2}recall \d\.\d\d/);
  });

  it('eval:tempeval scores a folder of TimeML files given by --dir', async () => {
    const r = await npmRun('eval:tempeval', ['--dir', path.join(root, 'scripts', 'fixtures', 'tempeval')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 documents, 3 gold expressions');
    expect(r.stdout).toMatch(/\| Faultline +\| +\d+\.\d\d/);
  });

  it('eval:tempeval says where it looked and what to do when the benchmark is absent', async () => {
    const r = await npmRun('eval:tempeval', ['--dir', 'nowhere']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`no TempEval-3 benchmark at ${path.join(work, 'nowhere')}`);
    expect(r.stderr).toContain('--dir PATH');
  });
});
