'use client';
// "Merge into …": pick the record this one is the same as (a type-ahead over the registry), confirm,
// and the merge is done; the survivor's page opens with *Undo merge* at hand.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useDeferredValue, useId, useState } from 'react';
import type { MergeResult } from '@/db/queries/merge-actors';
import { recordSearchOptions, type PickOption } from '@/lib/query/identities';
import { useCombobox } from '@/components/ui/use-combobox';
import { KINDS } from './kinds';
import { errorFor, useWrite } from './use-write';
import { plural } from '@/lib/text/plural';

interface Props {
  kind: 'actor' | 'place';
  id: number;
  name: string;
  events: number;
}

export function MergeForm({ kind, id, name, events }: Props) {
  const uid = useId();
  const router = useRouter();
  const [target, setTarget] = useState<PickOption | null>(null);
  const merge = useWrite<MergeResult>((r) => router.push(`${KINDS[kind].page}/${r.intoId}`));
  const noun = kind === 'actor' ? 'actor' : 'place';
  const moved = `its ${plural(events, 'event')} ${events === 1 ? 'moves' : 'move'} there`;
  return (
    <form
      className="merge-form"
      aria-labelledby={`${uid}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (target) merge.mutate({ url: `${KINDS[kind].api}/${id}/merge`, method: 'POST', body: { into: target.id } });
      }}
    >
      <h3 id={`${uid}-h`}>Merge into another {noun}</h3>
      <p className="hint">
        When {name} is the same {noun} as another: {moved}, and its names become that {noun}’s{' '}
        {kind === 'actor' ? 'aliases' : 'other names'}. You can undo a merge.
      </p>
      {target ? (
        <div className="merge-confirm" role="group" aria-label="Confirm the merge">
          <p>
            Merge <strong>{name}</strong> into <strong>{target.name}</strong>?
          </p>
          <button type="submit" className="primary" disabled={merge.isPending}>
            Merge
          </button>
          <button type="button" onClick={() => setTarget(null)} disabled={merge.isPending}>
            Choose another
          </button>
        </div>
      ) : (
        <RecordPicker kind={kind} exclude={id} onPick={setTarget} />
      )}
      {merge.error ? (
        <p className="field-error" role="alert">
          {errorFor(merge.error, 'into')}
        </p>
      ) : null}
    </form>
  );
}

/** A type-ahead over the actors or the places (by any name), leaving out the record itself. */
function RecordPicker({
  kind,
  exclude,
  onPick,
}: {
  kind: 'actor' | 'place';
  exclude: number;
  onPick: (o: PickOption) => void;
}) {
  const uid = useId();
  const combo = useCombobox(uid);
  const q = useDeferredValue(combo.text.trim());
  const search = useQuery({
    ...recordSearchOptions(kind, q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const options = q ? (search.data ?? []).filter((o) => o.id !== exclude) : [];
  const pick = (i: number) => {
    const chosen = options[i];
    if (!chosen) return;
    onPick(chosen);
    combo.reset();
  };
  return (
    <div className="field combo">
      <label htmlFor={`${uid}-input`}>Merge into</label>
      <input
        {...combo.inputProps({ count: options.length, onPick: pick })}
        placeholder={kind === 'actor' ? 'Name or alias' : 'Any name of the place'}
      />
      {combo.open && options.length > 0 ? (
        <ul {...combo.listProps} aria-label={kind === 'actor' ? 'Actors' : 'Places'}>
          {options.map((o, i) => (
            <li key={o.id} {...combo.optionProps(i, pick)}>
              <span>{o.name}</span>
              <span className="alias">{o.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {q && search.isSuccess && !options.length ? (
        <span className="hint">
          No {kind} matches “{q}”
        </span>
      ) : null}
      {search.isError ? (
        <span className="field-error" role="alert">
          {search.error.message}
        </span>
      ) : null}
    </div>
  );
}
