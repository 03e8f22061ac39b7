// The building blocks every schema shares, so that one rule holds at every boundary: text that
// PostgreSQL can store (no NUL, no lone surrogate) and ids that fit its integer columns.
import { z } from 'zod';
import { cleanName } from '@/lib/names/clean';

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

/** Free text: storable, trimmed, at most `max` characters. */
export const text = (max: number) =>
  storable(z.string())
    .trim()
    .max(max, `At most ${max.toLocaleString('en')} characters`);

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
