// ACLED's generic actors, named by rule ("Civilians (Armenia)", "Protesters (Azerbaijan)",
// "Unidentified Armed Group (Armenia)"): each becomes one registry actor per country, under the
// name the registry uses ("Armenian civilians"), so an ACLED export adds none the registry knows.
import type { ActorKind } from '@/lib/taxonomy/taxonomy';

const DEMONYMS: Record<string, string> = {
  Armenia: 'Armenian', Azerbaijan: 'Azerbaijani', Russia: 'Russian', Turkey: 'Turkish', Iran: 'Iranian',
  Georgia: 'Georgian', France: 'French', 'United States': 'American', Ukraine: 'Ukrainian',
}; // prettier-ignore

const GENERIC: { label: RegExp; name: (country: string) => string; kind: ActorKind }[] = [
  { label: /^civilians$/i, name: (c) => `${DEMONYMS[c] ?? c} civilians`, kind: 'group' },
  { label: /^protesters$/i, name: (c) => `${DEMONYMS[c] ?? c} protesters`, kind: 'group' },
  { label: /^rioters$/i, name: (c) => `${DEMONYMS[c] ?? c} rioters`, kind: 'group' },
  { label: /^unidentified armed group$/i, name: (c) => `Unidentified armed group (${c})`, kind: 'armed-force' },
];

/** The registry's name for one of ACLED's generic actors, or null when `name` is not one. */
export function acledGenericActor(name: string): { name: string; kind: ActorKind } | null {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(name.trim());
  if (!m) return null;
  const [, label, country] = m;
  const rule = GENERIC.find((g) => g.label.test(label!.trim()));
  return rule ? { name: rule.name(country!.trim()), kind: rule.kind } : null;
}

/**
 * The period an ACLED state-forces name carries ("Military Forces of Armenia (2008-2018)"): from the
 * first day of its first year to the last day of its last, open when ACLED leaves it open.
 */
export function acledPeriod(name: string): { validFrom: string | null; validTo: string | null } | null {
  const m = /\((\d{4})-(\d{4})?\)/.exec(name);
  if (!m) return null;
  return { validFrom: `${m[1]}-01-01`, validTo: m[2] ? `${m[2]}-12-31` : null };
}

/** An ACLED state-forces name without its period ("Military Forces of Armenia (2018-)" → "… of Armenia"), or null. */
export function withoutAcledPeriod(name: string): string | null {
  const m = /^(.+?)\s*\(\d{4}-(?:\d{4})?\)\s*$/.exec(name);
  return m ? m[1]! : null;
}
