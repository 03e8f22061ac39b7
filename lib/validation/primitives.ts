// The building blocks every schema shares, so that one rule holds at every boundary: text that
// PostgreSQL can store (no NUL, no lone surrogate) and ids that fit its integer columns.
import { z } from 'zod';
import { INVISIBLE, cleanName } from '@/lib/names/clean';

/** PostgreSQL's int4, the type of every id column: a larger number would fail in SQL, not here. */
export const MAX_ID = 2_147_483_647;

export const NUL_MESSAGE = 'Contains a NUL character (U+0000), which cannot be stored';
export const SURROGATE_MESSAGE = 'Contains a lone surrogate (broken UTF-16), which is not text';

/** Why a string cannot be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return NUL_MESSAGE;
  if (!value.isWellFormed()) return SURROGATE_MESSAGE;
  return null;
}

/** Adds the storable-text rule to any string schema (a URL, a slug, a free-text field). */
export function storable<S extends z.ZodType<string, string>>(schema: S): S {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }) as S;
}

/** What a missing or non-text field is told, in place of zod's "expected string, received undefined". */
const TEXT_ERROR = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'Required' : `Must be text, not ${issue.input === null ? 'null' : typeof issue.input}`;

/** Free text: storable, trimmed, at most `max` characters. */
export const text = (max: number) =>
  storable(z.string({ error: TEXT_ERROR }))
    .trim()
    .max(max, `At most ${max.toLocaleString('en')} characters`);

// Control characters (CR, LF, tab…) and the Unicode line and paragraph separators break a one-line
// text in two; a bidi override or isolate (U+202A–U+202E, U+2066–U+2069) makes it read otherwise
// than it is stored.
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Why a one-line text (a title) cannot be shown as typed, naming it as `field`, or null when it can. */
export function lineProblem(value: string, field: string): string | null {
  if (LINE_BREAKING.test(value)) return `The ${field} contains a line break or control character: write it on one line`;
  if (BIDI_CONTROL.test(value))
    return `The ${field} contains a bidirectional override (U+202A–U+202E, U+2066–U+2069), which disguises text`;
  if (value.replace(INVISIBLE, '').replace(/[\s\p{Z}]/gu, '') === '')
    return `The ${field} has no visible character: only spaces or invisible (zero-width) characters`;
  return null;
}

/**
 * A one-line text shown as a heading (an event's title): required, on one line, with something to
 * see once the zero-width and format characters are left out.
 */
export const lineText = (max: number, field: string) =>
  text(max)
    .min(1, `A ${field} is required`)
    .superRefine((value, ctx) => {
      const problem = value === '' ? null : lineProblem(value, field);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/**
 * The name of an actor, a place or a publisher: free text, cleaned (lib/names/clean.ts) so that an
 * invisible character or a look-alike letter can never make a second "Armenia".
 */
export const nameText = (max: number, required = 'A name is required') =>
  text(max).min(1, required).transform(cleanName).pipe(z.string().min(1, required));

const ID_MESSAGE = `Not an id: a whole number from 1 to ${MAX_ID}`;

/** An id in a JSON body. */
export const idSchema = z.number({ error: ID_MESSAGE }).int(ID_MESSAGE).min(1, ID_MESSAGE).max(MAX_ID, ID_MESSAGE);

/** An id in a URL (a path segment or a query parameter): digits only, within int4. */
export const idParamSchema = z
  .string()
  .regex(/^\d{1,10}$/, ID_MESSAGE)
  .transform(Number)
  .pipe(idSchema);

/** A string of digits that is meant as an id but is too large for one (an actor or place filter). */
export const isOversizedId = (ref: string) => /^\d+$/.test(ref) && Number(ref) > MAX_ID;

/** A coordinate in degrees: every message, a missing number's or one out of range, gives the range. */
const coordinate = (name: string, limit: number) =>
  z
    .number({ error: `${name}: a number from -${limit} to ${limit} is required` })
    .min(-limit, `${name} is between -${limit} and ${limit}`)
    .max(limit, `${name} is between -${limit} and ${limit}`);

export const LATITUDE = coordinate('Latitude', 90);
export const LONGITUDE = coordinate('Longitude', 180);

/** A list's `limit` parameter: a whole number from 1 to `max`, `fallback` when not given. */
export const limitSchema = (max: number, fallback: number) =>
  z.coerce
    .number({ error: 'limit is a number' })
    .int('limit is a whole number')
    .min(1, 'limit is at least 1')
    .max(max, `limit is at most ${max}`)
    .default(fallback);

/**
 * A place may be stored without coordinates (a name from an article, say): it is counted under the map until
 * someone adds them. A half pair is a mistake, reported on the missing coordinate.
 */
export function checkCoordinatePair(p: { lat: number | null; lon: number | null }, ctx: z.RefinementCtx) {
  if ((p.lat === null) === (p.lon === null)) return;
  const [path, schema] = p.lat === null ? ['lat', LATITUDE] : ['lon', LONGITUDE];
  for (const issue of schema.safeParse(undefined).error!.issues) ctx.addIssue({ ...issue, path: [path] });
}

/**
 * "https://пример.рф/статья": a host in another script is written as the same address in ASCII (punycode, as the
 * browser sends it), which the URL check reads; other URLs are kept as they were given.
 */
function asciiHost(url: string): string {
  const m = /^(https?:\/\/)([^/?#\\@]*[^\x00-\x7f][^/?#\\@]*)(?=[/?#]|$)/i.exec(url);
  if (!m) return url;
  try {
    return `${m[1]}${new URL(url).host}${url.slice(m[0].length)}`;
  } catch {
    return url;
  }
}

/** zod's domain pattern, with a top-level domain in punycode too (".xn--p1ai" is ".рф"). */
const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+(?:[a-zA-Z]{2,63}|xn--[a-zA-Z0-9-]{1,59})$/;

/** A web address (http or https) a source or an article names, or null for none (an empty string is none). */
export const webUrl = (message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? asciiHost(v.trim()) : v),
    storable(
      z
        .url({ protocol: /^https?$/, hostname: HOSTNAME, error: message })
        .max(2000, 'At most 2,000 characters')
        // "https://user@host", "https://host\\other": an address that reads as one site and leads to another.
        .refine(
          (v) => !/^https?:\/\/[^/?#]*[@\\]/i.test(v),
          'Give the web address without a user name (user@) or a backslash',
        ),
    ).nullish(),
  );
