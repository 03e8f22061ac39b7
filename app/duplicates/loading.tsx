export default function Loading() {
  return (
    <main className="page duplicates-page" aria-busy="true">
      <h1>Possible duplicates</h1>
      <p role="status" className="note">
        Looking for events that look alike…
      </p>
    </main>
  );
}
