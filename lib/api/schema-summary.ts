// One line of text for a JSON Schema (as z.toJSONSchema writes it from the routes' zod schemas), for
// the API page: "{ id, role } | { newName, kind, role }", "text, 1–300 characters", "integer ≥ 0 | null".
type Schema = Record<string, unknown>;

const limits = (s: Schema): string => {
  const lo = s.minimum ?? s.minLength;
  const hi = s.maximum ?? s.maxLength;
  const unit = s.type === 'string' ? ' characters' : '';
  if (lo !== undefined && hi !== undefined) return `, ${String(lo)}–${String(hi)}${unit}`;
  if (hi !== undefined) return `, at most ${String(hi)}${unit}`;
  if (lo !== undefined) return s.type === 'string' ? `, at least ${String(lo)}${unit}` : ` ≥ ${String(lo)}`;
  return '';
};

function objectKeys(s: Schema): string {
  const required = new Set((s.required as string[] | undefined) ?? []);
  const keys = Object.keys((s.properties as Schema | undefined) ?? {}).map((k) => (required.has(k) ? k : `${k}?`));
  return `{ ${keys.join(', ')} }`;
}

/** A short description of a schema's type; nested objects are named by their keys. */
export function schemaSummary(schema: unknown, nested = false): string {
  if (!schema || typeof schema !== 'object') return 'any';
  const s = schema as Schema;
  if (Array.isArray(s.enum))
    return s.enum.length > 6 ? `one of ${s.enum.length} slugs (GET /api/taxonomy)` : s.enum.join(' | ');
  if (Array.isArray(s.anyOf)) return [...new Set(s.anyOf.map((a) => schemaSummary(a, true)))].join(' | ');
  if (s.type === 'array') {
    const item = schemaSummary(s.items, true);
    return `list of ${item}${s.maxItems !== undefined ? ` (at most ${String(s.maxItems)})` : ''}`;
  }
  if (s.type === 'object') return objectKeys(s);
  if (s.type === 'string') {
    const format = typeof s.format === 'string' ? ` (${s.format})` : '';
    return `text${format}${nested ? '' : limits(s)}`;
  }
  if (s.type === 'integer' || s.type === 'number') return `${String(s.type)}${nested ? '' : limits(s)}`;
  return typeof s.type === 'string' ? s.type : 'any';
}

/** The rows of a body's table: each top-level field, whether it is required, and its type. */
export function bodyFields(schema: unknown): { name: string; required: boolean; type: string }[] {
  const s = (schema ?? {}) as Schema;
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries((s.properties as Schema | undefined) ?? {}).map(([name, field]) => ({
    name,
    required: required.has(name),
    type: schemaSummary(field),
  }));
}
