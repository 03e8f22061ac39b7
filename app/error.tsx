'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="page" role="alert">
      <h1>Something went wrong</h1>
      <p>
        {error.message || 'The server could not answer.'}
        {error.digest ? ` (reference ${error.digest})` : ''}
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
