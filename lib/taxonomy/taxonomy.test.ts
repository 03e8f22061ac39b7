import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, SUB_TYPE_SLUGS, eventTypeOfSubType, isSubTypeOf } from './taxonomy';

describe('taxonomy', () => {
  it('carries ACLED’s 6 event types and 25 sub-types one-to-one', () => {
    const acled = EVENT_TYPES.filter((t) => t.acledName !== null);
    expect(acled).toHaveLength(6);
    expect(acled.flatMap((t) => t.subTypes.filter((s) => s.acledName !== null))).toHaveLength(25);
  });

  it('gives every sub-type a unique slug and exactly one parent type', () => {
    expect(new Set(SUB_TYPE_SLUGS).size).toBe(SUB_TYPE_SLUGS.length);
    expect(eventTypeOfSubType('summit-or-meeting')?.slug).toBe('diplomacy');
    expect(isSubTypeOf('armed-clash', 'diplomacy')).toBe(false);
    expect(isSubTypeOf('armed-clash', 'battles')).toBe(true);
  });
});
