// Behind a reverse proxy: who the client is and which scheme it used, read from X-Forwarded-For and
// X-Forwarded-Proto only when FAULTLINE_TRUSTED_PROXIES names the proxies. Without the setting
// those headers are anyone's to forge, so they are ignored: the address is unknown and the scheme
// is the configured origin's. Next passes these headers on as the client sent them (it adds
// X-Forwarded-For only when absent), so the setting is for a server only its proxies can reach.
import { BlockList, isIP } from 'node:net';

/** Set by proxy.ts on every request it passes on (whatever the client sent): the address, when known. */
export const CLIENT_ADDRESS_HEADER = 'x-faultline-client-address';

/** An entry of FAULTLINE_TRUSTED_PROXIES: "loopback", an address, or a CIDR range; null if it is none. */
export function parseProxyEntry(entry: string): string | null {
  const e = entry.trim().toLowerCase();
  if (e === 'loopback') return e;
  const [address = '', bits, ...rest] = e.split('/');
  const family = isIP(address);
  if (!family || rest.length) return null;
  if (bits === undefined) return address;
  const prefix = Number(bits);
  const max = family === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && prefix <= max ? `${address}/${prefix}` : null;
}

/** The proxies to trust, from parsed entries; null (trust none) for an empty list. */
export function trustedProxies(entries: readonly string[]): BlockList | null {
  if (!entries.length) return null;
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', bits] = entry.split('/');
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

/** One X-Forwarded-For hop as an address: "[::1]:8080" → "::1", "10.0.0.5:443" → "10.0.0.5". */
function hopAddress(hop: string): string | null {
  const h = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(h)?.[1];
  const plain = bracketed ?? (/^[\d.]+:\d+$/.test(h) ? h.replace(/:\d+$/, '') : h);
  return isIP(plain) ? plain.toLowerCase() : null;
}

const trusts = (list: BlockList, address: string) => list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');

/**
 * The client's address: walking X-Forwarded-For from the right (the hop nearest us), the first
 * that is not a trusted proxy. Null without trusted proxies, or when a hop is not an address.
 */
export function clientAddress(headers: Headers, trusted: BlockList | null): string | null {
  if (!trusted) return null;
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').filter((h) => h.trim());
  let last: string | null = null;
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = hopAddress(hops[i]!);
    if (!address) return null;
    if (!trusts(trusted, address)) return address;
    last = address;
  }
  return last;
}

/** The scheme the client used: the proxy's X-Forwarded-Proto when it is trusted, else `fallback`. */
export function requestScheme(
  headers: Headers,
  trusted: BlockList | null,
  fallback: 'http' | 'https',
): 'http' | 'https' {
  if (!trusted) return fallback;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' || proto === 'http' ? proto : fallback;
}
