import type { Metadata } from 'next';
import { ImportForm } from '@/components/import/import-form';

export const metadata: Metadata = { title: 'Import — Faultline' };

export default function ImportPage() {
  return (
    <main className="page form-page">
      <ImportForm />
    </main>
  );
}
