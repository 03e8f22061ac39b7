import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventFormSchema } from '@/lib/validation/event';
import { bodyFields, schemaSummary } from './schema-summary';

const json = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

describe('a JSON Schema in one line, for the API page', () => {
  it('lists the form body’s fields, which are required, and the shapes of actors and the place', () => {
    const fields = Object.fromEntries(bodyFields(json(eventFormSchema)).map((f) => [f.name, f]));
    expect(fields.title).toEqual({ name: 'title', required: true, type: 'text, 1–300 characters' });
    expect(fields.summary!.required).toBe(false);
    expect(fields.actors!.type).toBe('list of { id, role } | { newName, kind, role } (at most 50)');
    expect(fields.location!.type).toBe('{ id } | { newName, lat, lon, country? } | null');
    expect(fields.subType!.type).toMatch(/^one of \d+ slugs/);
  });

  it('writes small enums out', () => {
    expect(schemaSummary(json(z.enum(['asc', 'desc'])))).toBe('asc | desc');
  });
});
