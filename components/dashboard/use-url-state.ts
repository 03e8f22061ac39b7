'use client';
// The URL is the view: filters and view settings are read from it and every change is a new
// history entry, so reload, back/forward and a shared link reproduce the view exactly.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useRef } from 'react';
import {
  eventFiltersSchema,
  filterKeyOf,
  parseWith,
  searchParamsToObject,
  viewSchema,
  type ParamError,
  type View,
} from '@/lib/validation/filters';

export interface UrlState {
  params: URLSearchParams;
  filterKey: string;
  view: View;
  errors: ParamError[];
  conflict: string | undefined;
  update: (change: (p: URLSearchParams) => void) => void;
}

export function useUrlState(): UrlState {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = useMemo(() => new URLSearchParams(search.toString()), [search]);
  const filterKey = filterKeyOf(params);
  const parsed = parseWith(eventFiltersSchema, searchParamsToObject(params));
  const view = viewSchema.parse(searchParamsToObject(params));
  // Two quick changes (From, then To) must build on each other, though the router has not yet
  // applied the first: remember the last URL asked for, until the page's URL moves on.
  const asked = useRef<{ from: string; to: string } | null>(null);
  const update = useCallback(
    (change: (p: URLSearchParams) => void) => {
      const current = search.toString();
      const next = new URLSearchParams(asked.current?.from === current ? asked.current.to : current);
      change(next);
      const qs = next.toString();
      asked.current = { from: current, to: qs };
      router.push(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [router, pathname, search],
  );
  return {
    params,
    filterKey,
    view,
    errors: parsed.ok ? [] : parsed.errors,
    conflict: params.get('conflict') ?? undefined,
    update,
  };
}

/** The server's findings join the URL's own errors, so every part of the page treats them alike. */
export function withFilterErrors(state: UrlState, errors: ParamError[]): UrlState {
  const more = errors.filter((e) => !state.errors.some((own) => own.param === e.param));
  return more.length ? { ...state, errors: [...state.errors, ...more] } : state;
}
