// Our own API from the browser; an error response becomes an Error carrying the API's message
// (and, for a write, the field errors it names).
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function fetchJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const url = params && [...params.keys()].length ? `${path}?${params}` : path;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** POST/PUT/DELETE a JSON body; a refusal throws an ApiError with the API's `errors` by field. */
export async function sendJson<T>(url: string, method: 'POST' | 'PUT' | 'DELETE', body: unknown): Promise<T> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as T & {
    error?: string;
    errors?: { param: string; message: string }[];
  };
  if (!res.ok)
    throw Object.assign(new ApiError(res.status, json.error ?? `The server answered ${res.status}`), {
      errors: json.errors ?? [],
    });
  return json;
}
