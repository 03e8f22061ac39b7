import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeNext('/ok?a=b')).toBe('/ok?a=b');
    expect(safeNext('/events/12#sources')).toBe('/events/12#sources');
    expect(safeNext('/admin')).toBe('/admin');
    expect(safeNext('/events?q=caf%C3%A9')).toBe('/events?q=caf%C3%A9');
  });

  it('sends home when there is no next', () => {
    expect(safeNext(undefined)).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('')).toBe('/');
  });

  it('refuses another site, however it is written', () => {
    for (const next of [
      '//x',
      '/\\x',
      '/%5Cx',
      '/%5cevil.example/steal',
      '/%2F%2Fx',
      '\\\\x',
      'https://x',
      'http:/x',
      'javascript:alert(1)',
      'javascript:',
      'x',
      '/\t/x',
      '/\n/x',
      '/\r\n/x',
      '/%09/x',
      '/ok\u0000',
      '/%E0%A4%A',
    ])
      expect(safeNext(next), JSON.stringify(next)).toBe('/');
  });
});
