import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stableSubmissionId } from './submission-id';

describe('stableSubmissionId', () => {
  it('gives the same name the same UUID, another name another, each one the event form accepts', async () => {
    const a = await stableSubmissionId('article:12:780-1007');
    expect(await stableSubmissionId('article:12:780-1007')).toBe(a);
    expect(await stableSubmissionId('article:12:1008-1129')).not.toBe(a);
    expect(z.uuid().safeParse(a).success).toBe(true);
  });
});
