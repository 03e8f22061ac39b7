// What people, tokens and settings are made of, validated the same in the API and the command line.
import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { cleanName } from '@/lib/names/clean';
import { nameKey } from '@/lib/names/key';

const noControl = (s: string) => !/[\u0000-\u001f\u007f]/.test(s);

export const emailSchema = z
  .string({ error: 'An email address is required' })
  .trim()
  .toLowerCase()
  .max(254, 'An email address has at most 254 characters')
  .pipe(z.email({ error: 'Not an email address' }));

export const passwordSchema = z
  .string({ error: 'A password is required' })
  .min(10, 'A password has at least 10 characters')
  .max(256, 'A password has at most 256 characters')
  .refine((s) => !s.includes('\u0000'), 'A password cannot contain a NUL character');

/** Words a person's name may not be: pages show names alone, and these would read as a role or as the app. */
const RESERVED_NAMES = new Set([...ROLES, 'administrator', 'moderator', 'faultline', 'system', 'anonymous']);

/** A person's name, cleaned as every name is (lib/names/clean.ts: no invisible characters or look-alike letters). */
export const nameSchema = z
  .string()
  .refine(noControl, 'A name cannot contain control characters')
  .transform(cleanName)
  .pipe(z.string().min(1, 'A name is required').max(100, 'A name has at most 100 characters'))
  .refine(
    (s) => !RESERVED_NAMES.has(nameKey(s)),
    'A name cannot be a role or the app’s name (“Admin”, “Editor”, “Faultline”…): pages show names alone',
  );

export const roleSchema = z.enum(ROLES, { error: `A role is one of ${ROLES.join(', ')}` });

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema.optional(),
  password: passwordSchema,
  role: roleSchema.default('viewer'),
});
export type NewUser = z.output<typeof newUserSchema>;

export const setupSchema = newUserSchema.omit({ role: true });

export const roleChangeSchema = z.object({ role: roleSchema });

export const tokenRequestSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the token (what script uses it)')
    .max(100, 'A token name has at most 100 characters')
    .refine(noControl, 'A token name cannot contain control characters'),
});

/** PATCH /api/settings: the settings to change, one or both. */
export const settingsSchema = z
  .object({
    anonymousReading: z.boolean({ error: 'anonymousReading is true or false' }).optional(),
    fourEyes: z.boolean({ error: 'fourEyes is true or false' }).optional(),
  })
  .refine((s) => s.anonymousReading !== undefined || s.fourEyes !== undefined, {
    message: 'Give anonymousReading, fourEyes or both',
  });

export const reviewDecisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve') }),
  z.object({
    action: z.literal('reject'),
    reason: z
      .string({ error: 'Say why it is rejected' })
      .trim()
      .min(1, 'Say why it is rejected')
      .max(2000, 'A reason has at most 2000 characters'),
  }),
]);
