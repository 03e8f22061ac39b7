// The registry from a curated dataset file (db/seed/*.json): what the CLI uses when no server answers.
import fs from 'node:fs';
import path from 'node:path';
import { datasetSchema } from '@/lib/validation/seed';
import { partiesOf } from './parties';
import type { Registry } from './types';

export function registryFromDatasetFile(file: string): Registry {
  const data = datasetSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const kinds = new Map(data.actors.map((a) => [a.name, a.kind]));
  return {
    actors: data.actors.map((a) => ({ name: a.name, kind: a.kind, aliases: a.aliases })),
    places: data.locations.map((l) => ({ name: l.name, altNames: l.altNames })),
    parties: partiesOf(
      data.events.map((e) => ({
        eventType: e.eventType,
        actors: e.actors.map((a) => ({ name: a.name, kind: kinds.get(a.name) ?? 'group' })),
      })),
    ),
  };
}

/** The registry of every dataset under db/seed/, merged. */
export function seedRegistry(dir = path.join(process.cwd(), 'db', 'seed')): Registry {
  const parts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => registryFromDatasetFile(path.join(dir, f)));
  return {
    actors: parts.flatMap((p) => p.actors),
    places: parts.flatMap((p) => p.places),
    parties: parts[0]?.parties ?? [],
  };
}
