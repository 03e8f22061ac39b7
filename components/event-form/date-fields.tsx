'use client';
// The event's date as text in the format its precision needs, named in the hint under the field
// (a browser date picker shows the reader's locale, mm/dd/yyyy, while every message says YYYY-MM-DD;
// it also turns an impossible day into an empty value, which was then called missing).
import type { EventFormState } from '@/lib/forms/event-form-state';
import { controlProps, Field, type Errors } from './field';

const DAY_HINT = 'YYYY-MM-DD, e.g. 2020-11-10';
const HINTS: Record<string, string> = {
  day: DAY_HINT,
  week: 'YYYY-MM-DD, any day of the week; it is stored as its Monday',
  month: 'YYYY-MM, e.g. 2020-11',
  year: 'YYYY, e.g. 2020',
};

export function DateFields({
  id,
  state,
  errors,
  set,
}: {
  id: string;
  state: EventFormState;
  errors: Errors;
  set: (key: 'dateStart' | 'dateEnd', value: string) => void;
}) {
  const input = (fid: string, param: 'dateStart' | 'dateEnd') => (
    <input
      {...controlProps(fid, errors, param, { required: true, hint: true })}
      autoComplete="off"
      spellCheck={false}
      value={state[param]}
      onChange={(e) => set(param, e.target.value)}
    />
  );
  if (state.precision === 'range')
    return (
      <>
        <Field id={`${id}-start`} label="Start" param="dateStart" errors={errors} hint={DAY_HINT} required>
          {input(`${id}-start`, 'dateStart')}
        </Field>
        <Field id={`${id}-end`} label="End" param="dateEnd" errors={errors} hint={DAY_HINT} required>
          {input(`${id}-end`, 'dateEnd')}
        </Field>
      </>
    );
  return (
    <Field id={`${id}-date`} label="Date" param="dateStart" errors={errors} hint={HINTS[state.precision]} required>
      {input(`${id}-date`, 'dateStart')}
    </Field>
  );
}
