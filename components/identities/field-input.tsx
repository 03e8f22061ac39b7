// A labelled input with its error announced and tied to it by aria-describedby.
import type { InputHTMLAttributes } from 'react';

export function FieldInput({
  id,
  label,
  error,
  className,
  ...input
}: { id: string; label: string; error: string | null } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        {...input}
      />
      {error ? (
        <span id={`${id}-err`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
