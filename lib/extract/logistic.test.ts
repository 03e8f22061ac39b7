import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING, probability, trainLogistic, type Sample } from './logistic';

// A toy task: "shelled" and "clashed" sentences are events, "said it hopes" ones are not.
const samples: Sample[] = [
  ...['shelled', 'clashed', 'shelled', 'clashed'].map((w) => ({ features: ['bias', `w:${w}`, 'w:army'], label: 1 })),
  ...['hopes', 'hopes', 'believes', 'believes'].map((w) => ({ features: ['bias', `w:${w}`, 'w:army'], label: 0 })),
  { features: ['bias', 'w:once'], label: 1 },
] as Sample[];

describe('logistic regression over named features', () => {
  const weights = trainLogistic(samples);

  it('learns which features mark a positive sample', () => {
    expect(probability(weights, ['bias', 'w:shelled', 'w:army'])).toBeGreaterThan(0.8);
    expect(probability(weights, ['bias', 'w:hopes', 'w:army'])).toBeLessThan(0.2);
    expect(probability(weights, [])).toBe(0.5);
  });

  it('gives the same weights for the same data, and leaves out features seen fewer times than asked', () => {
    expect(trainLogistic(samples)).toEqual(weights);
    expect(weights['w:once']).toBeUndefined();
    expect(trainLogistic(samples, { ...DEFAULT_TRAINING, minCount: 1 })['w:once']).toBeGreaterThan(0);
  });
});
