// The keyset cursor of GET /api/events: the last row's (date_start, id) and the sort it was made
// for, as base64url JSON. Callers may hand back anything, so decoding checks every part: a date
// PostgreSQL would refuse or an id beyond int4 is a 400 here, not a 500 in SQL.
import { z } from 'zod';
import { isIsoDay } from '@/lib/dates/calendar';
import { MAX_ID } from './primitives';

export type Sort = 'asc' | 'desc';
/** `sort` is null for cursors made before cursors named their sort: they are read with either. */
export type Cursor = { d: string; id: number; sort: Sort | null };

export const FOREIGN_CURSOR = 'The cursor is not one this API returned: start again without it';
export const OTHER_SORT = 'This cursor belongs to another sort order: start again without it, or keep its sort';

const toBase64Url = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64Url(s: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bytes = Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeCursor(c: { d: string; id: number; sort: Sort }): string {
  return toBase64Url(JSON.stringify([c.d, c.id, c.sort]));
}

// Year 0 and years past 9999 are not days PostgreSQL's date (or ours) takes.
const validDay = (d: unknown): d is string =>
  typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= '0001-01-01' && isIsoDay(d);
const validId = (id: unknown): id is number => Number.isInteger(id) && (id as number) >= 1 && (id as number) <= MAX_ID;

export function decodeCursor(raw: string): Cursor | null {
  const json = fromBase64Url(raw);
  if (json === null) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length < 2 || parts.length > 3) return null;
  const [d, id, sort] = parts as unknown[];
  if (!validDay(d) || !validId(id)) return null;
  if (parts.length === 2) return { d, id, sort: null };
  return sort === 'asc' || sort === 'desc' ? { d, id, sort } : null;
}

/** The `cursor` parameter: decoded, or a 400 naming it. */
export const cursorSchema = z
  .string()
  .max(200, FOREIGN_CURSOR)
  .transform((raw, ctx) => {
    const cursor = decodeCursor(raw);
    if (!cursor) {
      ctx.addIssue({ code: 'custom', message: FOREIGN_CURSOR });
      return z.NEVER;
    }
    return cursor;
  });
