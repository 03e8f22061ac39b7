// The OpenAPI 3.1 document, generated from the zod schemas that validate the routes: a parameter
// the routes accept is in the document because it is in the schema. Each area's paths come from its
// own module (openapi-<area>.ts); the document puts them in order and adds the request guard's answers.
import { mergePaths } from './openapi-merge';
import { identityPaths } from './openapi-identities';
import { accountPaths } from './openapi-accounts';
import { CROSS_SITE_READ_PATHS } from '@/lib/security/request-guard';
import { reconcilePaths } from './openapi-reconcile';
import { body, bodyLimits, idParam, notFound, ok } from './openapi-parts';
import { eventPaths } from './openapi-events';
import { chartPaths } from './openapi-charts';
import { datasetPaths } from './openapi-datasets';
import { filePaths } from './openapi-files';
import { articlePaths } from './openapi-texts';

const INFO = {
  title: 'Faultline API',
  version: '1',
  description:
    'Dated, sourced conflict events: list, filter, count, edit, import and export. Dates are calendar days at a ' +
    'precision (day, week, month, year, range), never shifted by a time zone. ' +
    'Until the first account exists nothing asks who you are. Then a request is made as a user — the session ' +
    'cookie of POST /api/auth/sign-in/email, or an API token as Authorization: Bearer … — or anonymously ' +
    '(reads, while the admin allows it). ' +
    'Roles: viewer reads; contributor proposes (events and edits wait for review: review "pending"); editor ' +
    'approves, rejects, edits, deletes, restores, imports; admin also manages people, roles, tokens and ' +
    'settings. ' +
    'Not signed in (or a revoked token): 401; a role that may not: 403, { error, errors }.',
};

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const refusedHost = {
  description: 'The Host header is not one of the server’s names (FAULTLINE_ORIGIN, FAULTLINE_ALLOWED_HOSTS)',
};
const refusedWrite = {
  description:
    'A write from another site’s page (Sec-Fetch-Site cross-site or same-site, or a foreign Origin), or — once the ' +
    'server has accounts — one the caller’s role may not make: { error, errors }',
};

/** The request guard's answers (lib/security/request-guard.ts), added to every operation's own. */
function withGuardResponses<P extends Record<string, Record<string, { responses: object }>>>(paths: P): P {
  for (const [path, operations] of Object.entries(paths))
    for (const [method, operation] of Object.entries(operations)) {
      // A POST that only reads (the reconciliation service) is answered to any site.
      const refused = WRITES.has(method) && !CROSS_SITE_READ_PATHS.includes(path);
      // An operation's own 403 (a refusal the permission table cannot see) is kept, the guard's added to it.
      const own = (operation.responses as Record<number, { description: string } | undefined>)[403];
      const forbidden = own ? { description: `${own.description}. ${refusedWrite.description}` } : refusedWrite;
      Object.assign(operation.responses, { ...(refused ? { 403: forbidden } : {}), 421: refusedHost });
    }
  return paths;
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: INFO,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'faultline.session_token' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{}, { session: [] }, { token: [] }],
    paths: withGuardResponses({
      ...eventPaths(),
      ...mergePaths({ body, ok, notFound, bodyLimits, idParam }),
      ...chartPaths(),
      ...datasetPaths(),
      ...filePaths(),
      ...articlePaths(),
      '/api/health': {
        get: { summary: 'Liveness and the engine in use', responses: ok('{ status, engine, events }') },
      },
      ...identityPaths({ ok, body, idParam, notFound, bodyLimits }),
      ...accountPaths(),
      ...reconcilePaths(),
    }),
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
