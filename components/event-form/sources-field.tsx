'use client';
// One or more sources. The first source's fields carry the plain labels (Publisher, Source URL…);
// later ones are numbered, so every label on the page names one field.
import { useId } from 'react';
import { emptySource, type FormSource } from '@/lib/forms/event-form-state';
import { controlProps, Field, type Errors } from './field';
import { nameCleaningText } from './name-cleaning-note';

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
      {sources.map((s, i) => {
        const n = i === 0 ? '' : ` ${i + 1}`;
        const p = `sources.${i}`;
        const fid = (f: string) => `${id}-${s.key}-${f}`;
        return (
          <div key={s.key} className="source-block">
            {i > 0 ? <h3 className="hint">Source {i + 1}</h3> : null}
            <div className="filters">
              <Field
                id={fid('publisher')}
                label={`Publisher${n}`}
                param={`${p}.publisher`}
                errors={errors}
                hint={nameCleaningText(s.publisher) ?? undefined}
                required
              >
                <input
                  {...controlProps(fid('publisher'), errors, `${p}.publisher`, {
                    required: true,
                    hint: Boolean(nameCleaningText(s.publisher)),
                  })}
                  value={s.publisher}
                  onChange={(e) => set(s.key, { publisher: e.target.value })}
                />
              </Field>
              <Field id={fid('url')} label={`Source URL${n}`} param={`${p}.url`} errors={errors} className="wide-field">
                <input
                  {...controlProps(fid('url'), errors, `${p}.url`)}
                  type="url"
                  inputMode="url"
                  placeholder="https://…"
                  value={s.url}
                  onChange={(e) => set(s.key, { url: e.target.value })}
                />
              </Field>
              <Field
                id={fid('title')}
                label={`Source title${n}`}
                param={`${p}.title`}
                errors={errors}
                className="wide-field"
              >
                <input
                  {...controlProps(fid('title'), errors, `${p}.title`)}
                  value={s.title}
                  onChange={(e) => set(s.key, { title: e.target.value })}
                />
              </Field>
              <Field
                id={fid('published')}
                label={`Published${n}`}
                param={`${p}.publishedAt`}
                errors={errors}
                hint="YYYY-MM-DD"
              >
                <input
                  {...controlProps(fid('published'), errors, `${p}.publishedAt`, { hint: true })}
                  autoComplete="off"
                  value={s.publishedAt}
                  onChange={(e) => set(s.key, { publishedAt: e.target.value })}
                />
              </Field>
            </div>
            <Field
              id={fid('quote')}
              label={`Quote${n}`}
              param={`${p}.quote`}
              errors={errors}
              hint="The words of the source that support the event"
            >
              <textarea
                {...controlProps(fid('quote'), errors, `${p}.quote`, { hint: true })}
                rows={2}
                value={s.quote}
                onChange={(e) => set(s.key, { quote: e.target.value })}
              />
            </Field>
            {sources.length > 1 ? (
              <button type="button" onClick={() => onChange(sources.filter((x) => x.key !== s.key))}>
                Remove source{n}
              </button>
            ) : null}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...sources, emptySource()])}>
        Add another source
      </button>
    </fieldset>
  );
}
