'use client';
// What every way of sharing a view needs to say about it: the conflict, the filters in words, the time
// of the data (the latest revision), its permalink and the file name of an export of it.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { exportFileName } from '@/lib/export/file-name';
import { instantInWords, permalink } from '@/lib/share/citation';
import type { ImageCaption } from '@/lib/share/caption';
import { filtersInWords, viewFiltersOf } from '@/lib/share/view-words';
import { actorsOptions, changesOptions, conflictsOptions } from '@/lib/query/options';
import { eventFiltersSchema, searchParamsToObject } from '@/lib/validation/filters';
import { asOfSchema } from '@/lib/validation/share';
import type { UrlState } from './use-url-state';

export interface ViewShare {
  conflictSlug: string | undefined;
  conflictName: string;
  /** The filters in words: "events involving Ilham Aliyev, 2020–2021". */
  words: string;
  /** When the data last changed (ISO), once known. */
  latest: string | null | undefined;
  /** The asOf of the URL when it is a valid one (a cited view being reread). */
  asOf: string | undefined;
  asOfError: string | undefined;
  /** This view's URL with asOf pinned to the time of its data (needs a browser). */
  permalink: () => string;
  fileName: (view: string, extension: string) => string;
  caption: (chart: string, legend?: ImageCaption['legend']) => ImageCaption;
}

export function useViewShare(state: UrlState): ViewShare {
  const { params, conflict } = state;
  const conflicts = useQuery(conflictsOptions());
  const actors = useQuery(actorsOptions(conflict));
  // When the data last changed does not depend on the filters: one request for every view.
  const changes = useQuery(changesOptions('', undefined));
  const current = conflict ? conflicts.data?.conflicts.find((c) => c.slug === conflict) : conflicts.data?.conflicts[0];
  const conflictSlug = current?.slug ?? conflict;
  const conflictName = current?.name ?? conflictSlug ?? 'Conflict';
  const asOfParsed = asOfSchema.safeParse({ asOf: params.get('asOf') ?? undefined });

  const words = useMemo(() => {
    const byId = new Map((actors.data?.actors ?? []).map((a) => [String(a.id), a.name]));
    return filtersInWords(viewFiltersOf(params), (ref) => byId.get(ref) ?? ref);
  }, [params, actors.data]);
  const latest = changes.data?.latest;

  return {
    conflictSlug,
    conflictName,
    words,
    latest,
    asOf: asOfParsed.success ? asOfParsed.data.asOf : undefined,
    asOfError: asOfParsed.success ? undefined : asOfParsed.error.issues[0]?.message,
    permalink: () => permalink(window.location.href, latest ?? null),
    fileName: (view, extension) => {
      const parsed = eventFiltersSchema.safeParse(searchParamsToObject(params));
      const day = new Date().toISOString().slice(0, 10);
      const filters = parsed.success ? parsed.data : eventFiltersSchema.parse({});
      return exportFileName({ filters, conflict: conflictSlug ?? '', day, extension, view });
    },
    caption: (chart, legend = []) => ({
      title: `${chart} — ${conflictName}`,
      subtitle: words.replace(/^./, (c) => c.toUpperCase()),
      legend,
      footer: `${latest ? `Data as of ${instantInWords(latest)}` : 'Data as of now'} · Faultline · ${permalink(
        window.location.href,
        latest ?? null,
      )}`,
    }),
  };
}
