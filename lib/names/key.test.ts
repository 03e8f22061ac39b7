import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acledGenericActor, acledPeriod } from './acled';
import { isNearName, nameKey } from './key';
import { NameRegistry } from './registry';

describe('nameKey', () => {
  it.each([
    ['Xankəndi', 'Khankendi'],
    ['Şuşa', 'Shusha'],
    ['SHUSHA', 'Shusha'],
    ['Ağdam', 'Aghdam'],
    ['Xocalı', 'Khojaly'],
    ['Qazax', 'Gazakh'],
    ['Pashinian', 'Pashinyan'],
    ['Ter-Petrosyan', 'ter petrosyan'],
    ['Arm\u200Benia', 'ARMENIA'],
    ['\u0410rmenia', 'Armenia'],
    ['Azerbaijani Armed-Forces', 'azerbaijani armed forces'],
  ])('%j and %j are one name', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  it.each([
    ['Shushi', 'Shusha'],
    ['Armenia', 'Azerbaijan'],
    ['Aghdam', 'Agdam'],
  ])('%j and %j are not the same key', (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));

  it('calls a slip or another vowel near, a different name not', () => {
    expect(isNearName('Khankandi', 'Khankendi')).toBe(true);
    expect(isNearName('Agdam', 'Aghdam')).toBe(true);
    expect(isNearName('Tovuz', 'Tartar')).toBe(false);
    expect(isNearName('Ganja', 'Gazakh')).toBe(false);
  });
});

describe('ACLED names', () => {
  it('maps generic actors by rule and reads the period of state forces', () => {
    expect(acledGenericActor('Civilians (Armenia)')).toEqual({ name: 'Armenian civilians', kind: 'group' });
    expect(acledGenericActor('Protesters (Azerbaijan)')?.name).toBe('Azerbaijani protesters');
    expect(acledGenericActor('Unidentified Armed Group (Armenia)')?.name).toBe('Unidentified armed group (Armenia)');
    expect(acledGenericActor('Military Forces of Armenia (2018-)')).toBeNull();
    expect(acledPeriod('Military Forces of Armenia (2008-2018)')).toEqual({
      validFrom: '2008-01-01',
      validTo: '2018-12-31',
    });
  });

  it('migration 0008 gives an older database exactly the ACLED aliases the curated dataset carries', () => {
    const root = process.cwd();
    const data = JSON.parse(fs.readFileSync(path.join(root, 'db/seed/armenia-azerbaijan.json'), 'utf8')) as {
      actors: { name: string; aliases: { alias: string; validFrom?: string; validTo?: string }[] }[];
    };
    const inSeed = data.actors.flatMap((a) =>
      a.aliases
        .filter((al) => /^(Military|Police) Forces of|^Government of/.test(al.alias))
        .map((al) => `${a.name}|${al.alias}|${al.validFrom}|${al.validTo ?? 'NULL'}`),
    );
    const sqlText = fs.readFileSync(path.join(root, 'db/migrations/0008_reconciliation_queue.sql'), 'utf8');
    const inMigration = [...sqlText.matchAll(/\('([^']+)', '([^']+)', '([^']+)', (NULL|'[^']+')\)/g)].map(
      (m) => `${m[1]}|${m[2]}|${m[3]}|${m[4]!.replace(/'/g, '')}`,
    );
    expect(inMigration.sort()).toEqual(inSeed.sort());
    for (const a of inSeed) expect(acledPeriod(a.split('|')[1]!)?.validFrom).toBe(a.split('|')[2]);
  });
});

describe('NameRegistry', () => {
  const registry = new NameRegistry({
    actors: [
      { id: 1, name: 'Heydar Aliyev', aliases: [{ alias: 'Aliyev', validFrom: '1993-06-15', validTo: '2003-10-30' }] },
      { id: 2, name: 'Ilham Aliyev', aliases: [{ alias: 'Aliyev', validFrom: '2003-10-31', validTo: null }] },
      { id: 3, name: 'Armenian civilians', aliases: [] },
      {
        id: 4,
        name: 'Azerbaijani Armed Forces',
        aliases: [
          { alias: 'Military Forces of Azerbaijan (1993-2003)', validFrom: '1993-01-01', validTo: '2003-12-31' },
          { alias: 'Military Forces of Azerbaijan (2003-)', validFrom: '2003-01-01', validTo: null },
        ],
      },
      {
        id: 5,
        name: 'Armenian Armed Forces (Kocharyan era)',
        aliases: [{ alias: 'Military Forces of Armenia (1998-2008)', validFrom: '1998-01-01', validTo: '2008-12-31' }],
      },
      {
        id: 6,
        name: 'Armenian Armed Forces',
        aliases: [{ alias: 'Military Forces of Armenia (2018-)', validFrom: '2018-01-01', validTo: null }],
      },
    ],
    places: [{ id: 10, name: 'Stepanakert', altNames: ['Khankendi', 'Xankəndi'], lat: 39.8153, lon: 46.7519 }],
  });

  it('takes an alias only within its period', () => {
    expect(registry.actor('Aliyev', '1995-01-01')).toMatchObject({ id: 1, how: 'alias' });
    expect(registry.actor('Aliyev', '2021-01-01')).toMatchObject({ id: 2, how: 'alias' });
    const before = registry.actor('Aliyev', '1990-01-01');
    expect(before.id).toBeNull();
    expect(before.id === null && before.possibly.map((c) => c.id)).toEqual([1, 2]);
    expect(registry.actor('Civilians (Armenia)', null)).toMatchObject({ id: 3, how: 'ACLED rule' });
  });

  it("takes ACLED's state-forces name without its period as the alias whose period holds the day", () => {
    const bare = 'Military Forces of Azerbaijan';
    expect(registry.actor(bare, '2020-10-01')).toMatchObject({ id: 4, how: 'alias', via: `${bare} (2003-)` });
    expect(registry.actor(bare, null)).toMatchObject({ id: 4 });
    expect(registry.actor('Military Forces of Armenia', '2021-11-16')).toMatchObject({ id: 6 });
    expect(registry.actor('Military Forces of Armenia', '2000-05-01')).toMatchObject({ id: 5 });
    // Two records and no day, or a day no period holds: not decided, both offered.
    const open = registry.actor('Military Forces of Armenia', null);
    expect(open.id === null && open.possibly.map((c) => c.id)).toEqual([5, 6]);
    expect(registry.actor('Military Forces of Armenia', '2012-01-01').id).toBeNull();
  });

  it('finds a place by other name, by coordinates under a compatible name, and never a far namesake', () => {
    expect(registry.place({ name: 'XANKƏNDI', lat: null, lon: null })).toMatchObject({ id: 10, how: 'other name' });
    expect(registry.place({ name: 'Khankandi', lat: 39.816, lon: 46.753 })).toMatchObject({
      id: 10,
      how: 'coordinates',
    });
    const far = registry.place({ name: 'Khankandi', lat: 41, lon: 45 });
    expect(far.id).toBeNull();
    expect(far.id === null && far.possibly[0]?.id).toBe(10);
    const namesake = registry.place({ name: 'Stepanakert', lat: 41, lon: 45 });
    expect(namesake.id === null && namesake.possibly[0]?.why).toMatch(/^the same name \d+ km away$/);
    expect(registry.place({ name: 'Tbilisi', lat: 39.816, lon: 46.753 })).toMatchObject({ id: null, possibly: [] });
  });
});
