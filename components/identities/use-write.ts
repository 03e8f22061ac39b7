'use client';
// One write of the identity pages (rename, alias, merge, undo, a queue decision): on success every
// cached list, count and chart is refetched and the server-rendered page refreshed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { sendJson, type ApiError } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';

type Write = { url: string; method: 'POST' | 'PATCH'; body: unknown };

export function useWrite<T = unknown>(onDone?: (result: T) => void) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation<T, ApiError, Write>({
    mutationFn: ({ url, method, body }) => sendJson<T>(url, method, body),
    onSuccess: async (result) => {
      await invalidateEventData(queryClient);
      if (onDone) onDone(result);
      else router.refresh();
    },
  });
}

/**
 * What to show next to a form's main field: its own message, or the request's when no other field
 * is named (a 409 "already called …", a refused merge).
 */
export function errorFor(error: ApiError | null, param: string): string | null {
  if (!error) return null;
  const own = error.errors.find((e) => e.param === param || e.param.startsWith(`${param}.`));
  if (own) return own.message;
  return error.errors.some((e) => e.param !== 'body' && e.param !== 'id') ? null : error.message;
}

/** The message of exactly this field, or null. */
export const fieldOnly = (error: ApiError | null, param: string): string | null =>
  error?.errors.find((e) => e.param === param)?.message ?? null;
