export const dynamic = 'force-dynamic';

export default function Home() {
  return (
    <main>
      <h1>Faultline</h1>
      <p>The API is at <a href="/api/events">/api/events</a>.</p>
    </main>
  );
}
