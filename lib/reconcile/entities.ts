// The records the reconciliation service offers: actors and places as the name registry knows
// them, with what an analyst tells namesakes apart by (kind, country, region).
import { COUNTRIES } from '@/lib/export/countries';
import type { ActorRecord, PlaceRecord } from '@/lib/names/registry';

export interface ReconActor extends ActorRecord {
  type: 'actor';
  kind: string;
  country: string | null;
  /** The name and every alias, for word matches and auto-completion. */
  names: string[];
}
export interface ReconPlace extends PlaceRecord {
  type: 'place';
  country: string | null;
  admin1: string | null;
  names: string[];
}
export type ReconEntity = ReconActor | ReconPlace;

const countryName = (code: string | null) => (code ? (COUNTRIES[code]?.name ?? code) : null);

/** One line that tells namesakes apart: "person, Azerbaijan" or "place, Shusha District, Azerbaijan". */
export function describeEntity(e: ReconEntity): string {
  const parts = e.type === 'actor' ? [e.kind, countryName(e.country)] : ['place', e.admin1, countryName(e.country)];
  return parts.filter(Boolean).join(', ');
}
