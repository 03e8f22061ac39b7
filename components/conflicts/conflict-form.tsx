'use client';
// Create a conflict, or rename and describe one: labelled fields, each refusal shown next to its
// field (the API's errors by param), the whole form re-checked by the server's schema.
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Field, controlProps, type Errors } from '@/components/event-form/field';
import type { ConflictSummary } from '@/db/queries/conflicts';
import { asApiError, sendJson } from '@/lib/query/fetch-json';

type Values = Record<'name' | 'slug' | 'description' | 'region' | 'countries' | 'spanStart' | 'spanEnd', string>;

const EMPTY: Values = { name: '', slug: '', description: '', region: '', countries: '', spanStart: '', spanEnd: '' };
const valuesOf = (c: ConflictSummary): Values => ({
  name: c.name,
  slug: c.slug,
  description: c.description,
  region: c.region,
  countries: c.countries.join(', '),
  spanStart: c.spanStart ?? '',
  spanEnd: c.spanEnd ?? '',
});
/** A slug from a name, as a suggestion the user can change: "Georgia–Abkhazia" → "georgia-abkhazia". */
export const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 64)
    .replace(/-$/, '');

/** Creates the conflict, or patches the one being edited; the API's refusal is thrown as an ApiError. */
async function save(editing: ConflictSummary | null, values: Values): Promise<ConflictSummary> {
  const body = { ...values, countries: values.countries.split(/[\s,]+/).filter(Boolean) };
  const { conflict } = editing
    ? await sendJson<{ conflict: ConflictSummary }>(`/api/conflicts/${editing.slug}`, 'PATCH', body)
    : await sendJson<{ conflict: ConflictSummary }>('/api/conflicts', 'POST', body);
  return conflict;
}

/** The API's field errors by top-level field ("countries.0" is about Countries). */
const errorsOf = (err: unknown): Errors =>
  Object.fromEntries(asApiError(err).errors.map((f) => [f.param.split('.')[0]!, f.message]));

/** The form's values; until the slug is typed in, it follows the name. */
function useValues(editing: ConflictSummary | null) {
  const [values, setValues] = useState<Values>(editing ? valuesOf(editing) : EMPTY);
  const [slugTouched, setSlugTouched] = useState(Boolean(editing));
  const set = (k: keyof Values) => (e: { target: { value: string } }) => {
    const v = e.target.value;
    setValues((old) => ({ ...old, [k]: v, ...(k === 'name' && !slugTouched ? { slug: slugOf(v) } : {}) }));
    if (k === 'slug') setSlugTouched(true);
  };
  const reset = () => {
    setValues(EMPTY);
    setSlugTouched(false);
  };
  return { values, set, reset };
}

export function ConflictForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: ConflictSummary | null;
  onSaved: (c: ConflictSummary, created: boolean) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const { values, set, reset } = useValues(editing);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const saving = useMutation({
    mutationFn: (v: Values) => save(editing, v),
    onMutate: () => setFailure(null),
    onSuccess: (conflict) => {
      setErrors({});
      if (!editing) reset();
      onSaved(conflict, !editing);
    },
    onError: (err) => {
      const fieldErrors = errorsOf(err);
      setErrors(fieldErrors);
      const marked = Object.keys(fieldErrors).length > 0;
      setFailure(marked ? 'Not saved: correct the fields marked above.' : `Not saved: ${err.message}`);
    },
  });
  const busy = saving.isPending;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.mutate(values);
  };

  const field = (k: keyof Values, label: string, hint?: string, input?: React.ReactNode) => (
    <Field id={`${id}-${k}`} label={label} param={k} errors={errors} hint={hint}>
      {input ?? <input {...controlProps(`${id}-${k}`, errors, k)} value={values[k]} onChange={set(k)} />}
    </Field>
  );
  return (
    <form className="widget event-form conflict-form" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h2 id={`${id}-h`}>{editing ? `Edit ${editing.name}` : 'New conflict'}</h2>
      <div className="conflict-fields">
        {field('name', 'Name')}
        {field('slug', 'Slug', 'a–z, 0–9 and hyphens; the conflict’s name in URLs and --conflict')}
        {field('region', 'Region', 'e.g. South Caucasus')}
        {field('countries', 'Countries', 'ISO alpha-3 codes, comma-separated: ARM, AZE')}
        {field('spanStart', 'Span from', 'YYYY, YYYY-MM or YYYY-MM-DD')}
        {field('spanEnd', 'Span to', 'empty while it goes on')}
      </div>
      {field(
        'description',
        'Description',
        undefined,
        <textarea
          {...controlProps(`${id}-description`, errors, 'description')}
          rows={3}
          value={values.description}
          onChange={set('description')}
        />,
      )}
      {failure ? (
        <p role="alert" className="field-error">
          {failure}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save changes' : 'Create conflict'}
        </button>
        {editing ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
