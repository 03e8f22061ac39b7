// The reconciliation service only reads, so any site may call it (0.2 requires CORS): these
// headers go on its answers and on nothing else of the API.
export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
};

/** The same answer, readable from other sites. */
export function withCors<R extends Response>(response: R): R {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

/** A CORS preflight. */
export const preflight = () => withCors(new Response(null, { status: 204 }));
