// Publishers by one name: "Reuters", "reuters.com", "https://www.reuters.com/world/" and "Thomson
// Reuters" are one publisher, stored as "Reuters"; "Azertac", "AZERTAG" and "azertag.az" are
// AZERTAC. A publisher the list does not know keeps the name it was given (cleaned; a web address
// reduced to its host). Pure; db/names.ts applies it on every way in (form, API, both
// import paths, the seed, articles), so one publisher is never counted as three.
import { nameKey } from './key';
import { cleanName } from './clean';

interface Publisher {
  name: string;
  /** Other names, and the sites it publishes on (a host matches itself and its subdomains). */
  aliases: string[];
  sites: string[];
}

/** The news agencies and outlets this conflict's sources cite most, under one name each. */
export const PUBLISHERS: Publisher[] = [
  { name: 'Reuters', aliases: ['Thomson Reuters', 'Reuters News'], sites: ['reuters.com'] },
  { name: 'AZERTAC', aliases: ['Azertag', 'Azerbaijan State News Agency'], sites: ['azertag.az'] },
  { name: 'Armenpress', aliases: ['Armenpress News Agency', 'ARMENPRESS'], sites: ['armenpress.am'] },
  { name: 'APA', aliases: ['APA Information Agency'], sites: ['apa.az'] },
  { name: 'Trend', aliases: ['Trend News Agency'], sites: ['trend.az'] },
  { name: 'NEWS.am', aliases: [], sites: ['news.am'] },
  { name: 'Azatutyun', aliases: ['Radio Azatutyun', 'RFE/RL Armenian Service'], sites: ['azatutyun.am'] },
  { name: 'RFE/RL', aliases: ['Radio Free Europe/Radio Liberty', 'Radio Free Europe'], sites: ['rferl.org'] },
  { name: 'OC Media', aliases: [], sites: ['oc-media.org'] },
  { name: 'CivilNet', aliases: [], sites: ['civilnet.am'] },
  { name: 'Eurasianet', aliases: [], sites: ['eurasianet.org'] },
  { name: 'TASS', aliases: [], sites: ['tass.com', 'tass.ru'] },
  { name: 'BBC', aliases: ['BBC News'], sites: ['bbc.com', 'bbc.co.uk'] },
  { name: 'Al Jazeera', aliases: [], sites: ['aljazeera.com'] },
  { name: 'Associated Press', aliases: ['AP', 'AP News'], sites: ['apnews.com'] },
  { name: 'Agence France-Presse', aliases: ['AFP'], sites: ['afp.com'] },
  { name: 'Human Rights Watch', aliases: ['HRW'], sites: ['hrw.org'] },
  { name: 'Wikipedia', aliases: [], sites: ['wikipedia.org'] },
];

const byKey = new Map<string, string>();
const bySite = new Map<string, string>();
for (const p of PUBLISHERS) {
  for (const n of [p.name, ...p.aliases]) byKey.set(nameKey(n), p.name);
  for (const s of p.sites) bySite.set(s, p.name);
}

/** The host of a web address or a bare domain ("https://www.reuters.com/x" → "reuters.com"), else null. */
export function hostOf(name: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?$/i.exec(name);
  return m ? m[1]!.toLowerCase() : null;
}

const memo = new Map<string, string>();

/** The publisher's name as Faultline stores it (memoised: an import names a few publishers many times). */
export function publisherName(raw: string): string {
  let found = memo.get(raw);
  if (found === undefined) {
    found = resolve(raw);
    if (memo.size > 10_000) memo.clear();
    memo.set(raw, found);
  }
  return found;
}

function resolve(raw: string): string {
  const name = cleanName(raw);
  const known = byKey.get(nameKey(name));
  if (known) return known;
  const host = hostOf(name);
  if (!host) return name;
  const address = /^[a-z][a-z0-9+.-]*:\/\/|^www\.|\//i.test(name);
  // A subdomain is its site's (en.wikipedia.org is Wikipedia; edition.example.com is example.com).
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const site = bySite.get(h);
    if (site) return site;
  }
  // A bare domain is a name as its publisher writes it (Panorama.am); a full address becomes its host.
  return byKey.get(nameKey(host)) ?? (address ? host : name);
}
