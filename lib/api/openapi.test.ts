import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

describe('the OpenAPI document', () => {
  const doc = openApiDocument();

  it('names the 4xx answers to bad input', () => {
    const imp = doc.paths['/api/import'].post.responses;
    expect(Object.keys(imp)).toEqual(expect.arrayContaining(['200', '400', '415', '422']));
    expect(Object.keys(doc.paths['/api/events'].post.responses)).toContain('413');
    expect(Object.keys(doc.paths['/api/events/{id}'].put.responses)).toEqual(expect.arrayContaining(['404', '409']));
    expect(Object.keys(doc.paths['/api/articles/{id}'].get.responses)).toContain('404');
    expect(doc.paths['/api/events'].get.responses[400].description).toMatch(/NUL.*cursor/s);
  });

  it('still documents the cursor as the string a client sends back', () => {
    const cursor = doc.paths['/api/events'].get.parameters.find((p) => p.name === 'cursor');
    expect(cursor?.schema).toMatchObject({ type: 'string' });
  });

  it('documents the guard: 403 on every write, 421 everywhere, each operation’s own responses kept', () => {
    const paths = openApiDocument().paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    const operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, codes: Object.keys(op.responses) })),
    );
    // POST /api/reconcile only reads: it is answered to any site (lib/security/request-guard.ts).
    const writes = operations.filter((o) => o.method !== 'get' && o.path !== '/api/reconcile');
    expect(Object.keys(paths['/api/reconcile']!.post!.responses)).not.toContain('403');
    expect(writes.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining([
        'post /api/events',
        'put /api/events/{id}',
        'delete /api/events/{id}',
        'post /api/import',
        'post /api/conflicts',
        'patch /api/conflicts/{slug}',
      ]),
    );
    for (const o of writes) expect(o.codes, `${o.method} ${o.path}`).toEqual(expect.arrayContaining(['403', '421']));
    for (const o of operations.filter((op) => op.method === 'get')) {
      expect(o.codes).toContain('421');
      // Reads are anyone's, but one person's activity (theirs, editors' and admins').
      if (o.path !== '/api/users/{id}/activity') expect(o.codes, o.path).not.toContain('403');
    }
    expect(paths['/api/users/{id}/activity']!.get!.responses).toHaveProperty('403');
    expect(Object.keys(paths['/api/events']!.post!.responses)).toEqual(['200', '201', '400', '403', '413', '421']);
    // An operation's own 403 is kept beside the guard's: an import that would create a conflict for a contributor.
    const importRefused = paths['/api/import']!.post!.responses['403'] as { description: string };
    expect(importRefused.description).toMatch(/createConflict.*A write from another site/s);
  });
});
