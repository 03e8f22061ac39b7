export default function Loading() {
  return (
    <main className="page" aria-busy="true">
      <div className="skeleton" style={{ height: 72, marginBottom: 16 }} role="status" aria-label="Loading" />
      <div className="skeleton" style={{ height: 340 }} />
    </main>
  );
}
