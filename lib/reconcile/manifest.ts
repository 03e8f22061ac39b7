// The service manifest (W3C Reconciliation API 0.2) that GET /api/reconcile answers without
// parameters: what OpenRefine reads when an analyst adds the service.
import { ENTITY_TYPES } from '@/lib/validation/reconcile';
import { TYPE_NAMES } from './match';

export const PREVIEW = { width: 400, height: 160 };

/** `origin` is the server as the client reached it (http://127.0.0.1:3000): every URL here starts with it. */
export function reconcileManifest(origin: string) {
  const api = `${origin}/api/reconcile`;
  return {
    versions: ['0.2'],
    name: 'Faultline actors and places',
    identifierSpace: `${api}#entity`,
    schemaSpace: `${api}#schema`,
    documentation: `${origin}/api`,
    defaultTypes: ENTITY_TYPES.map((id) => ({ id, name: TYPE_NAMES[id] })),
    view: { url: `${api}/view?id={{id}}` },
    preview: { url: `${api}/preview?id={{id}}`, ...PREVIEW },
    suggest: { entity: { service_url: origin, service_path: '/api/reconcile/suggest/entity' } },
  };
}
