// A merged-away actor's or place's page answers 308 to its survivor's. proxy.ts asks, before the page
// renders, through a lookup the server registers at start-up (instrumentation.ts); the page's own
// permanentRedirect is the fallback (it too answers 308, as no loading.tsx above it streams the page).
// Pure here, so the separately bundled proxy never loads the database.
export type IdentityKind = 'actor' | 'place';
export type SurvivorLookup = (kind: IdentityKind, id: number) => Promise<number | null>;
type Shared = { faultlineSurvivor?: SurvivorLookup };

const PAGE = /^\/(actors|places)\/(\d{1,10})$/;
const KIND = { actors: 'actor', places: 'place' } as const;

export function registerSurvivorLookup(lookup: SurvivorLookup) {
  (globalThis as Shared).faultlineSurvivor = lookup;
}

/** The survivor's page when `pathname` is a merged-away record's page, else null. */
export async function survivorPath(pathname: string): Promise<string | null> {
  const m = PAGE.exec(pathname);
  const lookup = (globalThis as Shared).faultlineSurvivor;
  if (!m || !lookup) return null;
  const id = Number(m[2]);
  if (id < 1 || id > 2_147_483_647) return null;
  try {
    const survivor = await lookup(KIND[m[1] as keyof typeof KIND], id);
    return survivor === null ? null : `/${m[1]}/${survivor}`;
  } catch {
    return null; // the page itself answers (and says what went wrong)
  }
}
