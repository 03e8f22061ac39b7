import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Faultline — conflict timelines',
  description: 'Dated, sourced events of a conflict as a filterable timeline with incident-frequency charts.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
