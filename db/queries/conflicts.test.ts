// Conflicts as records: created, renamed and described through the API (and the query functions
// behind it), listed with their event counts, refused when the slug is taken or malformed, and
// created by an import only when asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATCH } from '@/app/api/conflicts/[slug]/route';
import { GET, POST } from '@/app/api/conflicts/route';
import { POST as importRoute } from '@/app/api/import/route';
import { readEnv } from '@/lib/env';
import { seededDatabase, serveDatabase, testEngines } from '../testing';
import { conflictForImport, listConflicts } from './conflicts';

const HOST = `${readEnv().HOST}:${readEnv().PORT}`;
const BASE = `http://${HOST}`;
const json = (method: string, path: string, body: unknown) =>
  new Request(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const create = (body: unknown) => POST(json('POST', '/api/conflicts', body));
const patch = (slug: string, body: unknown) =>
  PATCH(json('PATCH', `/api/conflicts/${slug}`, body), { params: Promise.resolve({ slug }) });

const HEADER =
  'id,title,date,date_end,precision,type,sub_type,status,milestone,actors,location,latitude,longitude,fatalities,' +
  'summary,source_publisher,source_url,source_title,source_published,source_quote';
const CSV = [
  HEADER,
  'g1,Talks in Tbilisi,2024-02-03,,day,diplomacy,negotiation,occurred,no,,,,,,,Example Wire,,,,',
].join('\n');

for (const engine of testEngines()) {
  describe(`conflicts as records (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    let unserve = () => {};
    beforeAll(() => {
      unserve = serveDatabase(ctx.database);
    });
    afterAll(() => unserve());

    it('creates a conflict with its facts, cleaned, and lists it with no events yet', async () => {
      const res = await create({
        slug: 'georgia-abkhazia',
        name: ' Georgia\u200b–Abkhazia ',
        description: 'The war of 1992–93 and after',
        region: 'South Caucasus',
        countries: ['geo', 'RUS', 'GEO'],
        spanStart: '1992-08',
        spanEnd: '',
      });
      const body = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(201);
      expect(body.conflict).toEqual({
        slug: 'georgia-abkhazia',
        name: 'Georgia–Abkhazia',
        description: 'The war of 1992–93 and after',
        region: 'South Caucasus',
        countries: ['GEO', 'RUS'],
        spanStart: '1992-08',
        spanEnd: null,
        events: 0,
        firstYear: null,
        lastYear: null,
      });
      expect(body.notices).toEqual([expect.objectContaining({ field: 'name', stored: 'Georgia–Abkhazia' })]);
      const list = (await (await GET()).json()).conflicts as { slug: string; events: number }[];
      expect(list.map((c) => c.slug)).toEqual(['armenia-azerbaijan', 'georgia-abkhazia']);
      expect(list[0]!.events).toBeGreaterThan(100);
    });

    it('refuses a taken slug with 409 and a malformed one with 400, storing nothing', async () => {
      const dup = await create({ slug: 'georgia-abkhazia', name: 'Again' });
      expect(dup.status).toBe(409);
      expect((await dup.json()).errors).toEqual([{ param: 'slug', message: expect.stringMatching(/already exists/) }]);
      for (const slug of ['Georgia', 'a_b', '-a', 'a--b', 'a'.repeat(65), '', 'ü', 'a\u0000'])
        expect((await create({ slug, name: 'X' })).status, slug).toBe(400);
      for (const body of [
        { slug: 'x', name: '' },
        { slug: 'x', name: 'X', countries: ['Armenia'] },
        { slug: 'x', name: 'X', spanStart: '2020-13' },
        { slug: 'x', name: 'X', spanStart: '2021', spanEnd: '2020' },
        { slug: 'x', name: 'X', extra: 1 },
        { slug: 'x', name: 'x'.repeat(201) },
      ])
        expect((await create(body)).status, JSON.stringify(body)).toBe(400);
      expect((await listConflicts({ db: ctx.database.db })).map((c) => c.slug)).toEqual([
        'armenia-azerbaijan',
        'georgia-abkhazia',
      ]);
    });

    it('renames and describes a conflict; only what is sent changes', async () => {
      const res = await patch('georgia-abkhazia', { name: 'Abkhazia', slug: 'abkhazia', spanEnd: '1993-09-30' });
      expect(res.status).toBe(200);
      expect((await res.json()).conflict).toMatchObject({
        slug: 'abkhazia',
        name: 'Abkhazia',
        region: 'South Caucasus',
        spanStart: '1992-08',
        spanEnd: '1993-09-30',
      });
      expect((await patch('georgia-abkhazia', { name: 'Gone' })).status).toBe(404);
      expect((await patch('abkhazia', { slug: 'armenia-azerbaijan' })).status).toBe(409);
      // Two of one name would be two identical entries in the Dataset picker; its own name it may keep.
      const [first] = await listConflicts({ db: ctx.database.db });
      const named = await patch('abkhazia', { name: first!.name.toUpperCase() });
      expect([named.status, (await named.json()).errors[0].param]).toEqual([409, 'name']);
      expect((await create({ slug: 'again', name: first!.name })).status).toBe(409);
      expect((await patch('abkhazia', { name: 'Abkhazia', region: 'South Caucasus' })).status).toBe(200);
      expect((await patch('abkhazia', {})).status).toBe(400);
      expect((await patch('Bad Slug', { name: 'x' })).status).toBe(400);
    });

    it('creates the conflict of an import only when asked, and says how otherwise', async () => {
      const how = 'add --create-conflict';
      await expect(conflictForImport({ db: ctx.database.db, slug: 'south-ossetia', how })).rejects.toThrow(
        'Unknown conflict "south-ossetia": add --create-conflict',
      );
      const upload = (qs: string) =>
        importRoute(
          new Request(`${BASE}/api/import?label=t&${qs}`, { method: 'POST', body: CSV, headers: { host: HOST } }),
        );
      const refused = await upload('conflict=south-ossetia');
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toMatch(/createConflict=true/);
      const done = await upload('conflict=south-ossetia&createConflict=true&conflictName=South%20Ossetia');
      expect(done.status).toBe(200);
      expect(await done.text()).toContain('"created":1');
      const made = (await listConflicts({ db: ctx.database.db })).find((c) => c.slug === 'south-ossetia');
      expect(made).toMatchObject({ name: 'South Ossetia', events: 1, firstYear: 2024, lastYear: 2024 });
      expect((await upload('conflict=Not%20A%20Slug&createConflict=true')).status).toBe(400);
      const loose = await upload('conflict=-odd--slug&createConflict=true');
      expect(loose.status).toBe(400);
      expect((await loose.json()).error).toMatch(/A slug is lower-case letters/);
      // Nor under another conflict's name.
      const named = await upload('conflict=ossetia-again&createConflict=true&conflictName=south%20ossetia');
      expect([named.status, (await named.json()).errors]).toEqual([
        400,
        [{ param: 'conflictName', message: expect.stringMatching(/already named/) }],
      ]);
    });
  });
}
