import { describe, expect, it } from 'vitest';
import { cleaningNotes, nameNotices } from './cleaning-notes';

describe('what cleaning changed in a name', () => {
  it('names a look-alike letter from another script, and the letter it imitates', () => {
    expect(cleaningNotes('\u0410rmenia')).toEqual(['Cyrillic “А” (U+0410) replaced by Latin “A”, which it imitates']);
    expect(cleaningNotes('Ar\u03BFmenia')[0]).toMatch(/^Greek “ο” \(U\+03BF\)/);
  });

  it('counts invisible characters and names them', () => {
    expect(cleaningNotes('Arme\u200Bnia\u200B')).toEqual(['2 invisible characters (U+200B) removed']);
  });

  it('says nothing of a name stored as written, of spacing, or of a word wholly in another script', () => {
    expect(cleaningNotes('Armenia')).toEqual([]);
    expect(cleaningNotes('  Ilham   Aliyev ')).toEqual([]);
    expect(cleaningNotes('Ереван')).toEqual([]);
  });

  it("lists every name of a body that is stored otherwise than written, with the field's path", () => {
    const body = {
      title: 'T\u200Bitle',
      actors: [{ id: 3 }, { newName: 'Pa\u0455hinyan', kind: 'person' }],
      location: { newName: 'Yerevan' },
      sources: [{ publisher: 'Reuters\u200D' }, { publisher: 'azertag.az' }],
    };
    expect(nameNotices(body)).toEqual([
      {
        field: 'actors.1.newName',
        written: 'Pa\u0455hinyan',
        stored: 'Pashinyan',
        notes: ['Cyrillic “ѕ” (U+0455) replaced by Latin “s”, which it imitates'],
      },
      {
        field: 'sources.0.publisher',
        written: 'Reuters\u200D',
        stored: 'Reuters',
        notes: ['1 invisible character (U+200D) removed'],
      },
      {
        field: 'sources.1.publisher',
        written: 'azertag.az',
        stored: 'AZERTAC',
        notes: ['stored under the publisher’s one name, “AZERTAC”'],
      },
    ]);
  });
});
