import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stableSubmissionId, suggestionName } from './submission-id';

describe('stableSubmissionId', () => {
  it('gives the same name the same UUID, another name another, each one the event form accepts', async () => {
    const a = await stableSubmissionId('article:12:780-1007');
    expect(await stableSubmissionId('article:12:780-1007')).toBe(a);
    expect(await stableSubmissionId('article:12:1008-1129')).not.toBe(a);
    expect(z.uuid().safeParse(a).success).toBe(true);
  });

  it('names two suggestions of one sentence apart, and the first as every suggestion was named before', () => {
    const span: [number, number] = [780, 1007];
    expect(suggestionName(12, span, 0)).toBe('article:12:780-1007');
    expect(suggestionName(12, span, 1)).toBe('article:12:780-1007:2');
    expect(suggestionName(13, span, 0)).not.toBe(suggestionName(12, span, 0));
  });
});
