'use client';
// A read-only text to copy (a permalink, a citation, embed code) with its own Copy button.
import { useId, useRef, useState } from 'react';

export function CopyField({
  label,
  value,
  multiline = false,
  rows = 3,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  rows?: number;
}) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): select it for Ctrl+C instead.
      field.current?.select();
      setCopied('Selected: press Ctrl+C to copy');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea id={id} ref={field} readOnly value={value} rows={rows} onFocus={(e) => e.target.select()} />
        ) : (
          <input id={id} ref={field} readOnly value={value} onFocus={(e) => e.target.select()} />
        )}
        <button type="button" onClick={() => void copy()} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </button>
      </div>
      <span className="hint" aria-live="polite">
        {copied}
      </span>
    </div>
  );
}
