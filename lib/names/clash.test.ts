import { describe, expect, it } from 'vitest';
import { clashMessage, nameClash, type KnownName } from './clash';

const KNOWN: KnownName[] = [
  { id: 2, name: 'Stepanakert', via: 'Stepanakert', how: 'name' },
  { id: 2, name: 'Stepanakert', via: 'Xankəndi', how: 'other name' },
  { id: 7, name: 'Sargsyan government', via: 'Armenian government', how: 'alias', validTo: '2018-05-07' },
];

describe('nameClash', () => {
  it("finds another record's name or other name under another spelling", () => {
    expect(nameClash({ via: 'Khankendi', how: 'name' }, KNOWN, 1)?.via).toBe('Xankəndi');
    expect(nameClash({ via: 'STEPANAKERT', how: 'other name' }, KNOWN, 1)?.how).toBe('name');
    expect(nameClash({ via: 'Shusha', how: 'name' }, KNOWN, 1)).toBeNull();
  });

  it("never counts the record's own names", () => {
    expect(nameClash({ via: 'Khankendi', how: 'name' }, KNOWN, 2)).toBeNull();
  });

  it('lets two aliases share a key only when their periods never overlap, as the resolver does', () => {
    const alias = (validFrom: string | null) => ({ via: 'Armenian Government', how: 'alias' as const, validFrom });
    expect(nameClash(alias('2018-05-08'), KNOWN, 8)).toBeNull();
    expect(nameClash(alias('2018-05-07'), KNOWN, 8)?.id).toBe(7);
    expect(nameClash(alias(null), KNOWN, 8)?.id).toBe(7);
    expect(nameClash({ via: 'Armenian government', how: 'name' }, KNOWN, 8)?.id).toBe(7);
  });

  it('names the record and what it has', () => {
    expect(clashMessage('place', 'Khankendi', KNOWN[1]!)).toBe(
      'Place 2, Stepanakert, already has the other name Xankəndi (the same name as Khankendi): merge the two instead',
    );
  });
});
