import Link from 'next/link';

export default function EventNotFound() {
  return (
    <main className="page">
      <h1>No such event</h1>
      <p>
        It may have been deleted, or the link is wrong. <Link href="/">Back to the timeline</Link>
      </p>
    </main>
  );
}
