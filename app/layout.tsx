import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Providers } from '@/components/providers';
import { THEME_SCRIPT, ThemeToggle } from '@/components/theme-toggle';
import './globals.css';

export const metadata: Metadata = {
  title: 'Faultline — conflict timelines',
  description: 'Dated, sourced events of a conflict as a filterable timeline with incident-frequency charts.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Reading the request's nonce renders every page per request, which a nonce-based CSP requires:
// a page built ahead of time would carry inline scripts without it (see proxy.ts).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <Providers>
          <header className="site-header">
            <Link href="/" className="brand">
              Faultline
            </Link>
            <span className="tagline">Conflict timelines from dated, sourced events</span>
            <span className="spacer" />
            <Link href="/events/new" className="button-link">
              Add event
            </Link>
            <Link href="/articles/new" className="button-link">
              From an article
            </Link>
            <Link href="/import" className="button-link">
              Import
            </Link>
            <Link href="/conflicts" className="button-link">
              Conflicts
            </Link>
            <Link href="/api" className="button-link">
              API
            </Link>
            <ThemeToggle />
          </header>
          {children}
        </Providers>
      </body>
    </html>
  );
}
