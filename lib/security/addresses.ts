// Listening addresses and host names, as the environment check and the request guard both see them.

/** The loopback names a browser on this machine may use for one server (the same port). */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** A host name as it appears in a URL: lower case, IPv6 in brackets, no trailing dot. */
export function urlHostname(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return h.includes(':') && !h.startsWith('[') ? `[${h}]` : h;
}

/** 127.0.0.0/8, localhost and ::1: only this machine reaches them. */
export function isLoopback(host: string): boolean {
  const h = urlHostname(host);
  return h === 'localhost' || h === '[::1]' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** 0.0.0.0 and :: listen on every interface, loopback included. */
export function isWildcard(host: string): boolean {
  const h = urlHostname(host);
  return h === '0.0.0.0' || h === '[::]';
}
