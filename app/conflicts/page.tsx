// The conflicts (datasets): each with its events and years, a form to create one, and a way to
// rename and describe it. The dashboard's dataset selector lists the same conflicts.
import type { Metadata } from 'next';
import { ConflictsManager } from '@/components/conflicts/conflicts-manager';

export const metadata: Metadata = { title: 'Conflicts — Faultline' };

export default function ConflictsPage() {
  return (
    <main className="page form-page">
      <ConflictsManager />
    </main>
  );
}
