'use client';
// "Not the same": remembered, so the pair never comes back in the Possible duplicates list.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { sendJson } from '@/lib/query/fetch-json';

export function NotSameButton({ a, b, label }: { a: number; b: number; label: string }) {
  const router = useRouter();
  const mark = useMutation({
    mutationFn: () => sendJson('/api/events/duplicates/distinct', 'POST', { events: [a, b] }),
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      <button
        type="button"
        onClick={() => mark.mutate()}
        disabled={mark.isPending || mark.isSuccess}
        aria-label={label}
      >
        {mark.isSuccess ? 'Marked not the same' : 'Not the same'}
      </button>
      {mark.error ? (
        <span className="field-error" role="alert">
          {mark.error.message}
        </span>
      ) : null}
    </>
  );
}
