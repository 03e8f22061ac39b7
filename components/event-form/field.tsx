// A labelled form control with its error next to it, wired for screen readers.
import type { ReactNode } from 'react';

export type Errors = Record<string, string>;

/** Props for the control itself: its id, and the error it is described by. */
export function controlProps(id: string, errors: Errors, param: string) {
  const error = errors[param];
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
}

export function Field({
  id,
  label,
  param,
  errors,
  hint,
  children,
  className,
}: {
  id: string;
  label: string;
  param: string;
  errors: Errors;
  hint?: string;
  children: ReactNode;
  className?: string;
}) {
  const error = errors[param];
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <span className="hint">{hint}</span> : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
