import type { Metadata } from 'next';
import { ImportForm } from '@/components/import/import-form';
import { mayRequest } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Import — Faultline' };

export default async function ImportPage() {
  const { caller } = await currentCaller();
  return (
    <main className="page form-page">
      {/* An import creates a conflict only for whoever may create one (POST /api/conflicts). */}
      <ImportForm mayCreateConflict={mayRequest(caller, 'POST', '/api/conflicts')} />
    </main>
  );
}
