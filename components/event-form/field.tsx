// A labelled form control with its error next to it, wired for screen readers. A required field
// says so beside its label (the label itself stays the field's plain name) and to assistive tech.
import type { ReactNode } from 'react';

export type Errors = Record<string, string>;

/** Props for the control itself: its id, its name (the error path), and the hint and error it is described by. */
export function controlProps(
  id: string,
  errors: Errors,
  param: string,
  { required = false, hint = false }: { required?: boolean; hint?: boolean } = {},
) {
  const error = errors[param];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    name: param,
    'aria-required': required ? true : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

/** The visible "required" mark beside a label: hidden from screen readers, which hear aria-required. */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      required
    </span>
  );
}

export function Field({
  id,
  label,
  param,
  errors,
  hint,
  required,
  children,
  className,
}: {
  id: string;
  label: string;
  param: string;
  errors: Errors;
  hint?: string;
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const error = errors[param];
  return (
    <div className={`field ${className ?? ''}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? <RequiredMark /> : null}
      </div>
      {children}
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
