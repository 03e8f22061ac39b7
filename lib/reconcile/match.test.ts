import { describe, expect, it } from 'vitest';
import { reconQuerySchema } from '@/lib/validation/reconcile';
import { ReconIndex } from './match';

const actor = (id: number, name: string, kind = 'state', aliases: string[] = []) => ({
  type: 'actor' as const,
  id,
  name,
  kind,
  country: null,
  aliases: aliases.map((alias) => ({ alias, validFrom: null, validTo: null })),
  names: [name, ...aliases],
});
const place = (id: number, name: string) => ({
  type: 'place' as const,
  id,
  name,
  altNames: [],
  lat: null,
  lon: null,
  country: null,
  admin1: null,
  names: [name],
});
const index = new ReconIndex({
  actors: [actor(1, 'Armenia'), actor(2, 'Armenian protesters', 'group', ['Protesters (Armenia)'])],
  places: [place(1, 'Armenia'), place(2, 'Stepanakert')],
});
const q = (v: unknown) => reconQuerySchema.parse(v);

describe('reconciliation candidates', () => {
  it('an actor and a place of one name: both score 100, neither is a certain match', () => {
    const both = index.reconcile(q({ query: 'armenia' }));
    expect(both.slice(0, 2).map((c) => [c.id, c.score, c.match])).toEqual([
      ['actor-1', 100, false],
      ['place-1', 100, false],
    ]);
    expect(index.reconcile(q({ query: 'Armenia', type: 'place' }))[0]).toMatchObject({ id: 'place-1', match: true });
  });

  it('kind keeps to actors of that kind; ACLED’s generic name is the known actor', () => {
    expect(
      index.reconcile(q({ query: 'Armenia', properties: [{ pid: 'kind', v: 'group' }] })).map((c) => c.id),
    ).toEqual(['actor-2']);
    expect(index.reconcile(q({ query: 'Protesters (Armenia)', type: 'actor' }))[0]).toMatchObject({
      id: 'actor-2',
      match: true,
    });
  });

  it('suggests by the start of a name, then by the start of a later word', () => {
    expect(index.suggest({ prefix: 'arm', cursor: 0 }).map((s) => s.id)).toEqual(['actor-1', 'place-1', 'actor-2']);
    expect(index.suggest({ prefix: 'prot', cursor: 0 }).map((s) => s.id)).toEqual(['actor-2']);
    expect(index.suggest({ prefix: 'arm', cursor: 2 }).map((s) => s.id)).toEqual(['actor-2']);
  });
});
