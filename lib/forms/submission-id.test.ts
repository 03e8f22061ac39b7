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

  it('names two suggestions of one sentence apart, and the same suggestion alike', () => {
    const span: [number, number] = [780, 1007];
    const captured = { span, subType: 'abduction-forced-disappearance', dateStart: '2021-11-16', dateEnd: null };
    const clash = { ...captured, subType: 'armed-clash' };
    expect(suggestionName(12, captured)).not.toBe(suggestionName(12, clash));
    expect(suggestionName(12, { ...captured, dateStart: null })).not.toBe(suggestionName(12, captured));
    expect(suggestionName(12, { ...captured })).toBe(suggestionName(12, captured));
    expect(suggestionName(13, captured)).not.toBe(suggestionName(12, captured));
  });
});
