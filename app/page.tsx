export const dynamic = 'force-dynamic';

export default function Home() {
  return (
    <main>
      <h1>Faultline</h1>
      <p>The API is at /api/events.</p>
    </main>
  );
}
