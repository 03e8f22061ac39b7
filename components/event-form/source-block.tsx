'use client';
// One source of the event: publisher, address, title, publication day and the quote that supports
// the event. The first source's labels are plain (Publisher, Source URL…); later ones are numbered.
import type { FormSource } from '@/lib/forms/event-form-state';
import { controlProps, Field, type Errors } from './field';
import { nameCleaningText } from './name-cleaning-note';

export function SourceBlock({
  id,
  source: s,
  index: i,
  errors,
  set,
  remove,
}: {
  id: string;
  source: FormSource;
  index: number;
  errors: Errors;
  set: (patch: Partial<FormSource>) => void;
  /** Absent for the only source: an event keeps at least one. */
  remove?: () => void;
}) {
  const n = i === 0 ? '' : ` ${i + 1}`;
  const p = `sources.${i}`;
  const fid = (f: string) => `${id}-${s.key}-${f}`;
  return (
    <div className="source-block">
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
            onChange={(e) => set({ publisher: e.target.value })}
          />
        </Field>
        <Field id={fid('url')} label={`Source URL${n}`} param={`${p}.url`} errors={errors} className="wide-field">
          <input
            {...controlProps(fid('url'), errors, `${p}.url`)}
            type="url"
            inputMode="url"
            placeholder="https://…"
            value={s.url}
            onChange={(e) => set({ url: e.target.value })}
          />
        </Field>
        <Field id={fid('title')} label={`Source title${n}`} param={`${p}.title`} errors={errors} className="wide-field">
          <input
            {...controlProps(fid('title'), errors, `${p}.title`)}
            value={s.title}
            onChange={(e) => set({ title: e.target.value })}
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
            onChange={(e) => set({ publishedAt: e.target.value })}
          />
        </Field>
      </div>
      <QuoteField id={fid('quote')} param={`${p}.quote`} label={`Quote${n}`} errors={errors} source={s} set={set} />
      {remove ? (
        <button type="button" onClick={remove}>
          Remove source{n}
        </button>
      ) : null}
    </div>
  );
}

/** The words of the source that support the event. */
function QuoteField({
  id,
  param,
  label,
  errors,
  source: s,
  set,
}: {
  id: string;
  param: string;
  label: string;
  errors: Errors;
  source: FormSource;
  set: (patch: Partial<FormSource>) => void;
}) {
  return (
    <Field id={id} label={label} param={param} errors={errors} hint="The words of the source that support the event">
      <textarea
        {...controlProps(id, errors, param, { hint: true })}
        rows={2}
        value={s.quote}
        onChange={(e) => set({ quote: e.target.value })}
      />
    </Field>
  );
}
