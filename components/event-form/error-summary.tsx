'use client';
// The form's error summary: a live region that takes focus on a failed save and lists each problem
// under the name of its field, as a button that moves to that field.
import type { RefObject } from 'react';
import { fieldLabel, inFormOrder, withoutFieldName } from '@/lib/forms/field-labels';
import type { Errors } from './field';

export function ErrorSummary({
  summary,
  errors,
  range,
  ref,
}: {
  summary: string | null;
  errors: Errors;
  range: boolean;
  ref: RefObject<HTMLDivElement | null>;
}) {
  const focusField = (param: string) => {
    const form = ref.current?.closest('form');
    const control = form?.querySelector<HTMLElement>(`[name="${CSS.escape(param)}"]`);
    control?.focus();
    control?.scrollIntoView({ block: 'center' });
  };
  const entries = inFormOrder(Object.keys(errors)).map((p) => [p, errors[p]!] as const);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-live="assertive" className={summary ? 'form-summary' : undefined}>
      {summary ? (
        <>
          <p>{summary}</p>
          {entries.length ? (
            <ul>
              {entries.map(([param, message]) => {
                const label = fieldLabel(param, { range });
                return (
                  <li key={param}>
                    <button type="button" className="link-button" onClick={() => focusField(param)}>
                      {label}
                    </button>
                    : {withoutFieldName(message, label)}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
