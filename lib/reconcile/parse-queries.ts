// The `queries` parameter of a reconciliation request: JSON text, validated with the shared schema;
// anything else is a 400 in the API's usual shape.
import type { NextResponse } from 'next/server';
import { badRequest } from '@/lib/api/respond';
import { reconBatchSchema, type ReconBatch } from '@/lib/validation/reconcile';

export function parseQueries(raw: string): { ok: true; batch: ReconBatch } | { ok: false; response: NextResponse } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, response: badRequest([{ param: 'queries', message: 'Is not JSON: send a JSON object' }]) };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return {
      ok: false,
      response: badRequest([{ param: 'queries', message: 'Is not a JSON object of queries ({ "q0": { … } })' }]),
    };
  const r = reconBatchSchema.safeParse(json);
  if (r.success) return { ok: true, batch: r.data };
  return {
    ok: false,
    response: badRequest(
      r.error.issues.map((i) => ({ param: ['queries', ...i.path.map(String)].join('.'), message: i.message })),
    ),
  };
}
