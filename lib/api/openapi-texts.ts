// The OpenAPI paths of articles: the suggestions extracted from a text and the stored texts with the
// events that quote them (see openapi.ts).
import { z } from 'zod';
import { articleInputSchema } from '@/lib/validation/article';
import { MAX_ARTICLE_CHARS, extractRequestSchema, extractedEventSchema } from '@/lib/extract/types';
import { body, bodyLimits, idParam, notFound, ok } from './openapi-parts';

/** Extraction and stored articles. */
export function articlePaths() {
  return {
    '/api/extract': {
      post: {
        summary:
          `Suggested events of an article (text up to ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters; ` +
          'publishedAt resolves relative dates). Stores nothing. An HTML page is read as its article’s text ' +
          '(@mozilla/readability), which the spans and quotes then refer to.',
        requestBody: body(extractRequestSchema),
        responses: {
          200: {
            description:
              'The proposals, in order of where each is told: the same array as npm run -s extract. Each says who ' +
              'asserts a claimed event (claimant), whether its year was inferred, and how it was made (explanation).',
            content: { 'application/json': { schema: z.toJSONSchema(z.array(extractedEventSchema)) } },
          },
          400: { description: 'Empty, garbled or too long text, or a bad publication date: { error, errors }' },
          413: { description: 'The body is over the article limit' },
          503: { description: 'Too many articles are being extracted: { error }, with Retry-After in seconds' },
        },
      },
    },
    '/api/articles': {
      get: {
        summary: 'Stored articles, newest first, with how many events quote each',
        responses: ok('{ articles: [{ id, title, publisher, url, publishedAt, createdAt, events, characters }] }'),
      },
      post: {
        summary: 'Store an article (idempotent by its text): 201 { id, created: true } or 200 with the first',
        requestBody: body(articleInputSchema),
        responses: { ...ok('{ id, created }'), ...bodyLimits },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'A stored article with the events that quote it and where',
        parameters: [idParam],
        responses: {
          ...ok(
            '{ id, title, publisher, url, publishedAt, text, ' +
              'evidence: [{ eventId, title, quote, spanStart, spanEnd }] }',
          ),
          ...notFound('article'),
        },
      },
    },
  };
}
