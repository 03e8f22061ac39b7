// Which requests the server answers: the rule against cross-site writes (CSRF from any page, with
// no-cors and text/plain) and DNS rebinding, in one pure function the proxy calls for every request.
import type { Env } from '@/lib/env';
import { isLoopback, isWildcard, LOOPBACK_NAMES, urlHostname } from './addresses';

export interface GuardConfig {
  /** Origins (as URL.origin writes them) whose pages may write. */
  origins: string[];
  /** Host names (no port) the server answers to. */
  hosts: string[];
}

export interface Refusal {
  status: 403 | 421;
  /** The header at fault, as the API's `errors[].param`. */
  param: 'host' | 'origin' | 'sec-fetch-site';
  message: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Endpoints whose POST only reads, so a page on another site may send it: the reconciliation
 * service (W3C Reconciliation API: a batch of queries as a form field) changes nothing.
 */
export const CROSS_SITE_READ_PATHS: readonly string[] = ['/api/reconcile'];

function isCrossSiteRead(method: string, url: string | undefined): boolean {
  if (method !== 'POST' || !url) return false;
  try {
    return CROSS_SITE_READ_PATHS.includes(new URL(url, 'http://x').pathname);
  } catch {
    return false;
  }
}

/** One origin on a loopback name is the same server under the other loopback names. */
function withLoopbackAliases(origin: string): string[] {
  const url = new URL(origin);
  if (!isLoopback(url.hostname)) return [origin];
  return [origin, ...LOOPBACK_NAMES.map((name) => `${url.protocol}//${name}${url.port ? `:${url.port}` : ''}`)];
}

/** The server's own origins and host names, from FAULTLINE_ORIGIN, HOST and PORT. */
export function guardConfig(
  env: Pick<Env, 'HOST' | 'PORT' | 'FAULTLINE_ORIGIN' | 'FAULTLINE_ALLOWED_HOSTS'>,
): GuardConfig {
  const host = urlHostname(env.HOST);
  // A server on every interface is reached on this machine by its loopback names; 0.0.0.0 is no origin.
  const listening = isWildcard(host) ? LOOPBACK_NAMES[0] : host;
  const declared = env.FAULTLINE_ORIGIN.length ? env.FAULTLINE_ORIGIN : [`http://${listening}:${env.PORT}`];
  const origins = [...new Set(declared.flatMap(withLoopbackAliases))];
  const hosts = new Set([...origins.map((o) => new URL(o).hostname), ...env.FAULTLINE_ALLOWED_HOSTS]);
  if (!isWildcard(host)) hosts.add(host);
  if (isLoopback(host) || isWildcard(host)) for (const name of LOOPBACK_NAMES) hosts.add(name);
  return { origins, hosts: [...hosts] };
}

/** The host name of a Host header ("127.0.0.1:3000", "[::1]:3000"), or null when it is not one. */
function hostnameOf(header: string | null): string | null {
  // Only a host and a port: anything else would be read as a path or credentials by the URL parser.
  if (!header || /[/?#@\\\s]/.test(header)) return null;
  try {
    return urlHostname(new URL(`http://${header}`).hostname);
  } catch {
    return null;
  }
}

function originOf(header: string): string | null {
  try {
    return new URL(header).origin;
  } catch {
    return null;
  }
}

function checkHost(headers: Headers, config: GuardConfig): Refusal | null {
  const name = hostnameOf(headers.get('host'));
  if (name && config.hosts.includes(name)) return null;
  return {
    status: 421,
    param: 'host',
    message:
      `This server does not answer to the host "${headers.get('host') ?? ''}" (a guard against DNS rebinding). ` +
      'If the name is yours, add it to FAULTLINE_ALLOWED_HOSTS or FAULTLINE_ORIGIN.',
  };
}

function checkWrite(headers: Headers, config: GuardConfig): Refusal | null {
  const site = headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site')
    return {
      status: 403,
      param: 'sec-fetch-site',
      message:
        `Refused: the browser sent this write from another site (Sec-Fetch-Site: ${site}). ` +
        'Faultline accepts writes only from its own pages and from tools that send no Origin.',
    };
  const origin = headers.get('origin');
  // "null" (sandboxed frames, file: pages, some redirects) is never this server's own page.
  if (origin !== null && !config.origins.includes(originOf(origin) ?? '\0'))
    return {
      status: 403,
      param: 'origin',
      message: `Refused: a write from ${origin}, which is not this server's origin (see FAULTLINE_ORIGIN).`,
    };
  return null;
}

/**
 * Null when the request may go on. Every request must name one of the server's hosts; a write
 * (any method but GET, HEAD and OPTIONS, and a POST to a read-only endpoint) must also not come
 * from another site's page. Requests with neither Origin nor Sec-Fetch-Site — the command line,
 * scripts, curl — are not a browser's cross-site request, so they pass.
 */
export function checkRequest(
  request: { method: string; headers: Headers; url?: string },
  config: GuardConfig,
): Refusal | null {
  const method = request.method.toUpperCase();
  const reads = SAFE_METHODS.has(method) || isCrossSiteRead(method, request.url);
  return checkHost(request.headers, config) ?? (reads ? null : checkWrite(request.headers, config));
}
