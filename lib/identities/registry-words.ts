// What a registry page (/actors, /places) says when its table is empty, and where its pages link:
// an empty page of a registry that has records is past the last page, not a registry without any.

/** The link to page `page` of a registry list, keeping its search. */
export function registryPageHref(q: string, page: number): string {
  return `?${new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
}

type Empty = { text: string; firstPage: string | null };

/**
 * Why a page of the list shows no records: past the last page (with the link to the first), no
 * record matching the search, or none at all yet.
 */
export function emptyRegistryNote(p: {
  noun: string;
  plural: string;
  q: string;
  searched: string;
  total: number;
  page: number;
  pages: number;
}): Empty {
  if (p.total > 0 && p.page > p.pages) {
    const last = p.pages === 1 ? 'there is one page' : `the last is page ${p.pages.toLocaleString('en')}`;
    const of = `${p.plural}${p.q ? ` matching “${p.q}”` : ''}`;
    return {
      text: `Page ${p.page.toLocaleString('en')} is past the last page of ${of}: ${last}.`,
      firstPage: registryPageHref(p.q, 1),
    };
  }
  if (p.q) return { text: `No ${p.noun} has ${p.searched} matching “${p.q}”.`, firstPage: null };
  return { text: `No ${p.plural} yet: they come with events.`, firstPage: null };
}
