'use client';
// The frame every editor's form of a record shares (details, an alias, another name): a titled
// form that PATCHes the record and keeps its button disabled while the write runs.
import { useId, type ReactNode } from 'react';
import { FieldInput } from './field-input';
import { errorFor, fieldOnly, type useWrite } from './use-write';

interface Props {
  title: string;
  submit: string;
  write: ReturnType<typeof useWrite>;
  url: string;
  body: object;
  /** Nothing to send (no field changed). */
  empty?: boolean;
  /** The fields, given this form's id prefix. */
  children: (uid: string) => ReactNode;
}

export function PatchForm({ title, submit, write, url, body, empty = false, children }: Props) {
  const uid = useId();
  return (
    <form
      className="filters"
      aria-labelledby={`${uid}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        write.mutate({ url, method: 'PATCH', body });
      }}
    >
      <h3 id={`${uid}-h`}>{title}</h3>
      {children(uid)}
      <button type="submit" disabled={write.isPending || empty}>
        {submit}
      </button>
    </form>
  );
}

type FieldProps = { uid: string; value: string; onChange: (v: string) => void; error: string | null };

/** A record's name (required); a clash with another record's name is shown here. */
export function NameField({ uid, value, onChange, error }: FieldProps) {
  return (
    <FieldInput
      id={`${uid}-name`}
      label="Name"
      value={value}
      required
      maxLength={200}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

/** A record's country, as a three-letter code. */
export function CountryField({ uid, value, onChange, error, placeholder }: FieldProps & { placeholder: string }) {
  return (
    <FieldInput
      id={`${uid}-country`}
      label="Country"
      className="short"
      value={value}
      maxLength={3}
      placeholder={placeholder}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

interface DetailsProps {
  url: string;
  /** The fields that differ from the record: the PATCH body. */
  changed: object;
  name: string;
  country: string;
  countryPlaceholder: string;
  set: (field: { name: string } | { country: string }) => void;
  /** The kind's own fields, after the name and after the country. */
  afterName?: (uid: string, write: ReturnType<typeof useWrite>) => ReactNode;
  afterCountry?: (uid: string, write: ReturnType<typeof useWrite>) => ReactNode;
}

/** "Name and details": the record's name and country, and whatever else the kind has. */
export function DetailsForm(p: DetailsProps & { write: ReturnType<typeof useWrite> }) {
  const { write } = p;
  return (
    <PatchForm
      title="Name and details"
      submit="Save"
      write={write}
      url={p.url}
      body={p.changed}
      empty={!Object.keys(p.changed).length}
    >
      {(uid) => (
        <>
          <NameField
            uid={uid}
            value={p.name}
            onChange={(name) => p.set({ name })}
            error={errorFor(write.error, 'name')}
          />
          {p.afterName?.(uid, write)}
          <CountryField
            uid={uid}
            value={p.country}
            placeholder={p.countryPlaceholder}
            onChange={(country) => p.set({ country })}
            error={fieldOnly(write.error, 'country')}
          />
          {p.afterCountry?.(uid, write)}
        </>
      )}
    </PatchForm>
  );
}
