'use client';
// What the actor picker offers for the text typed: registry actors matching by name or alias (not
// already chosen), then "create new" unless the text is an actor's exact name.
import { useMemo } from 'react';
import type { ActorSummary } from '@/db/queries/actors';
import type { FormActor } from '@/lib/forms/event-form-state';

export type ActorChoice = { type: 'actor'; actor: ActorSummary; alias?: string } | { type: 'new' };

export function useActorChoices(text: string, registry: ActorSummary[], chosen: FormActor[]): ActorChoice[] {
  const q = text.trim().toLowerCase();
  const options = useMemo(() => {
    const chosenIds = new Set(chosen.flatMap((a) => ('id' in a ? [a.id] : [])));
    return registry
      .filter((a) => !chosenIds.has(a.id))
      .map((a) => ({
        actor: a,
        alias:
          q && !a.name.toLowerCase().includes(q)
            ? a.aliases.find((al) => al.alias.toLowerCase().includes(q))?.alias
            : undefined,
      }))
      .filter((o) => q && (o.actor.name.toLowerCase().includes(q) || o.alias))
      .slice(0, 12);
  }, [registry, q, chosen]);
  const exact = registry.some((a) => a.name.toLowerCase() === q);
  return [
    ...options.map((o) => ({ type: 'actor' as const, ...o })),
    ...(q && !exact ? [{ type: 'new' as const }] : []),
  ];
}
