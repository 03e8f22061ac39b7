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
});
