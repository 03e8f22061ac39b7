'use client';
// Which conflict an import goes into: a known one, or a new one created by the import (the
// API's createConflict), named here.
import { useId } from 'react';
import type { ConflictSummary } from '@/db/queries/conflicts';
import { slugOf } from '@/components/conflicts/conflict-form';

export interface ConflictTarget {
  /** '' is the first conflict (the server's default). */
  slug: string;
  create: boolean;
  name: string;
}

export const conflictParams = (t: ConflictTarget): Record<string, string> =>
  t.create
    ? { conflict: t.slug, createConflict: 'true', ...(t.name ? { conflictName: t.name } : {}) }
    : t.slug
      ? { conflict: t.slug }
      : {};

const NEW = '__new__';

export function ConflictChoice({
  conflicts,
  target,
  mayCreate = true,
  onChange,
}: {
  conflicts: ConflictSummary[];
  target: ConflictTarget;
  /** Offered only to who may create a conflict (the import route refuses the others). */
  mayCreate?: boolean;
  onChange: (t: ConflictTarget) => void;
}) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-conflict`}>Conflict</label>
        <select
          id={`${id}-conflict`}
          value={target.create ? NEW : target.slug}
          onChange={(e) =>
            onChange(
              e.target.value === NEW
                ? { slug: '', create: true, name: '' }
                : { slug: e.target.value, create: false, name: '' },
            )
          }
        >
          {conflicts.map((c, i) => (
            <option key={c.slug} value={i === 0 ? '' : c.slug}>
              {c.name}
            </option>
          ))}
          {mayCreate ? <option value={NEW}>A new conflict…</option> : null}
        </select>
      </div>
      {target.create ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-name`}>New conflict’s name</label>
            <input
              id={`${id}-name`}
              value={target.name}
              onChange={(e) => onChange({ ...target, name: e.target.value, slug: slugOf(e.target.value) })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-slug`}>New conflict’s slug</label>
            <input
              id={`${id}-slug`}
              value={target.slug}
              aria-describedby={`${id}-slug-hint`}
              onChange={(e) => onChange({ ...target, slug: e.target.value })}
            />
            <span id={`${id}-slug-hint`} className="hint">
              Created by this import
            </span>
          </div>
        </>
      ) : null}
    </>
  );
}
