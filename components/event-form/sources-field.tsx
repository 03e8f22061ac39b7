'use client';
// One or more sources. The first source's fields carry the plain labels (Publisher, Source URL…);
// later ones are numbered, so every label on the page names one field.
import { useId } from 'react';
import { emptySource, type FormSource } from '@/lib/forms/event-form-state';
import type { Errors } from './field';
import { SourceBlock } from './source-block';

export function SourcesField({
  sources,
  errors,
  onChange,
}: {
  sources: FormSource[];
  errors: Errors;
  onChange: (s: FormSource[]) => void;
}) {
  const id = useId();
  const set = (key: string, patch: Partial<FormSource>) =>
    onChange(sources.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  return (
    <fieldset className="form-group">
      <legend>Sources</legend>
      {errors.sources ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.sources}
        </p>
      ) : null}
      {sources.map((s, i) => (
        <SourceBlock
          key={s.key}
          id={id}
          source={s}
          index={i}
          errors={errors}
          set={(patch) => set(s.key, patch)}
          remove={sources.length > 1 ? () => onChange(sources.filter((x) => x.key !== s.key)) : undefined}
        />
      ))}
      <button type="button" onClick={() => onChange([...sources, emptySource()])}>
        Add another source
      </button>
    </fieldset>
  );
}
