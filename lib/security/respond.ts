// The guard as the server applies it: its configuration read once, and a refusal in the API's
// error shape. Not server-only: proxy.ts, which Next bundles on its own, uses it too.
import { NextResponse } from 'next/server';
import { readEnv } from '@/lib/env';
import type { BlockList } from 'node:net';
import { clientAddress, requestScheme, trustedProxies } from './forwarded';
import { checkRequest, guardConfig, type GuardConfig, type Refusal } from './request-guard';

let config: GuardConfig | undefined;
let embedOrigins: string[] | undefined;
let proxies: { raw: string | undefined; list: BlockList | null } | undefined;

/**
 * Who sent a request and over which scheme, as FAULTLINE_TRUSTED_PROXIES lets us know: the
 * address is null and the scheme the configured origin's unless the proxies are trusted.
 */
export function serverClient(headers: Headers): { address: string | null; scheme: 'http' | 'https' } {
  // Read again only if the variable changed (tests change it; a server never does).
  const raw = process.env.FAULTLINE_TRUSTED_PROXIES;
  if (!proxies || proxies.raw !== raw) proxies = { raw, list: trustedProxies(readEnv().FAULTLINE_TRUSTED_PROXIES) };
  const { list } = proxies;
  const configured = serverGuard().origins[0]?.startsWith('https:') ? 'https' : 'http';
  return { address: clientAddress(headers, list), scheme: requestScheme(headers, list, configured) };
}

/** The environment was validated at start-up and does not change while the server runs. */
export function serverGuard(): GuardConfig {
  return (config ??= guardConfig(readEnv()));
}

/** FAULTLINE_EMBED_ORIGINS: who may frame /embed. */
export function serverEmbedOrigins(): string[] {
  return (embedOrigins ??= readEnv().FAULTLINE_EMBED_ORIGINS);
}

export function refusalResponse(refusal: Refusal): NextResponse {
  return NextResponse.json(
    { error: refusal.message, errors: [{ param: refusal.param, message: refusal.message }] },
    { status: refusal.status, headers: { 'cache-control': 'no-store' } },
  );
}

/** For a route the proxy leaves out (see its matcher): the same rule, as a response, or null to go on. */
export function refuseForeignRequest(request: Request): NextResponse | null {
  const refusal = checkRequest(request, serverGuard());
  return refusal ? refusalResponse(refusal) : null;
}
