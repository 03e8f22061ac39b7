// Our own API from the browser; an error response becomes an ApiError carrying the API's message
// and, for a write, the field errors it names.
export interface FieldError {
  param: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Whatever a fetch or a mutation threw, as an ApiError: the API's own, or another failure's message with status 0. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, err instanceof Error ? err.message : String(err));
}

type ErrorBody = { error?: string; errors?: FieldError[] } | null;

/** Thrown instead of fetching when a queryFn runs on the server, where a relative URL means nothing. */
export class ServerFetchError extends Error {
  constructor(path: string) {
    super(`${path} is fetched from the browser only: the server reads its data from db/queries (app/page.tsx)`);
    this.name = 'ServerFetchError';
  }
}

export async function fetchJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  // Server rendering runs a client component's query when the page did not prefetch it: it fails here at once, and
  // the browser renders that part and asks the API itself.
  if (typeof window === 'undefined' && path.startsWith('/')) throw new ServerFetchError(path);
  const url = params && [...params.keys()].length ? `${path}?${params}` : path;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as ErrorBody;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** POST/PUT/PATCH/DELETE a JSON body; a refusal throws an ApiError with the API's `errors` by field. */
export async function sendJson<T>(url: string, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', body: unknown): Promise<T> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => null)) as ErrorBody;
  if (!res.ok) throw new ApiError(res.status, json?.error ?? `The server answered ${res.status}`, json?.errors ?? []);
  return json as T;
}
