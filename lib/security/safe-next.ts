// Where to send the browser after signing in: only a path of this site. A `next` parameter comes from
// the URL, so anyone can write one; browsers read "/\host" as "//host", drop tabs and newlines inside a
// URL, and a later redirect may decode "%5C" once more, so each of these is refused, not repaired.

const HOME = '/';
const BASE = 'http://faultline.invalid';
const CONTROL = /[\u0000-\u001f\u007f]/;
const OFF_SITE_START = /^[/\\]{2}/;

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The path to go to after signing in: `next` when it is a path of this site, else the home page. */
export function safeNext(next: string | null | undefined): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return HOME;
  const plain = decoded(next);
  if (plain === null) return HOME;
  for (const form of [next, plain]) {
    if (CONTROL.test(form) || form.includes('\\') || OFF_SITE_START.test(form)) return HOME;
  }
  const url = new URL(next, BASE);
  if (url.origin !== BASE) return HOME;
  return url.pathname + url.search + url.hash;
}
