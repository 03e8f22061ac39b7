// ACLED writes a country by name with its ISO 3166-1 numeric code; Faultline's gazetteer keeps the
// alpha-3 code. The countries of the region and of the places talks were held in.
export interface CountryInfo {
  iso: number;
  name: string;
  region: string;
}

const CAUCASUS = 'Caucasus and Central Asia';
const EUROPE = 'Europe';

export const COUNTRIES: Record<string, CountryInfo> = {
  ARM: { iso: 51, name: 'Armenia', region: CAUCASUS },
  AZE: { iso: 31, name: 'Azerbaijan', region: CAUCASUS },
  GEO: { iso: 268, name: 'Georgia', region: CAUCASUS },
  KGZ: { iso: 417, name: 'Kyrgyzstan', region: CAUCASUS },
  TJK: { iso: 762, name: 'Tajikistan', region: CAUCASUS },
  KAZ: { iso: 398, name: 'Kazakhstan', region: CAUCASUS },
  RUS: { iso: 643, name: 'Russia', region: EUROPE },
  TUR: { iso: 792, name: 'Turkey', region: 'Middle East' },
  IRN: { iso: 364, name: 'Iran', region: 'Middle East' },
  ARE: { iso: 784, name: 'United Arab Emirates', region: 'Middle East' },
  USA: { iso: 840, name: 'United States', region: 'North America' },
  AUT: { iso: 40, name: 'Austria', region: EUROPE },
  BEL: { iso: 56, name: 'Belgium', region: EUROPE },
  CHE: { iso: 756, name: 'Switzerland', region: EUROPE },
  CZE: { iso: 203, name: 'Czech Republic', region: EUROPE },
  ESP: { iso: 724, name: 'Spain', region: EUROPE },
  FIN: { iso: 246, name: 'Finland', region: EUROPE },
  FRA: { iso: 250, name: 'France', region: EUROPE },
  HUN: { iso: 348, name: 'Hungary', region: EUROPE },
  ITA: { iso: 380, name: 'Italy', region: EUROPE },
  NLD: { iso: 528, name: 'Netherlands', region: EUROPE },
};

/** What ACLED writes for a stored country: the alpha-3 code, or a name as an import left it. */
export function countryCells(country: string | null | undefined): { iso: number | ''; name: string; region: string } {
  if (!country) return { iso: '', name: '', region: '' };
  const known = COUNTRIES[country.toUpperCase()] ?? Object.values(COUNTRIES).find((c) => c.name === country);
  return known ? { iso: known.iso, name: known.name, region: known.region } : { iso: '', name: country, region: '' };
}

/** ACLED's inter labels for the kinds of actor that have one; other kinds are not guessed at. */
export function interOf(kind: string | undefined): string {
  if (kind === 'armed-force' || kind === 'state') return 'State forces';
  if (kind === 'organisation') return 'External/Other forces';
  return '';
}
