import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Providers } from '@/components/providers';
import { THEME_SCRIPT, ThemeToggle } from '@/components/theme-toggle';
import { SiteLinks } from '@/components/site-links';
import { SiteMenu } from '@/components/site-menu';
import './globals.css';

export const metadata: Metadata = {
  title: 'Faultline — conflict timelines',
  description: 'Dated, sourced events of a conflict as a filterable timeline with incident-frequency charts.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Reading the request's nonce renders every page per request, which a nonce-based CSP requires:
// a page built ahead of time would carry inline scripts without it (see proxy.ts).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const requestHeaders = await headers();
  const nonce = requestHeaders.get('x-nonce') ?? undefined;
  // /embed is framed in other sites' articles: no site header, no edit links (proxy.ts sets this).
  const embed = requestHeaders.get('x-faultline-embed') === '1';
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <Providers>
          {embed ? null : (
            <header className="site-header">
              <Link href="/" className="brand">
                Faultline
              </Link>
              <span className="tagline">Conflict timelines from dated, sourced events</span>
              <span className="spacer" />
              <SiteMenu>
                <SiteLinks />
              </SiteMenu>
              <ThemeToggle />
            </header>
          )}
          {children}
        </Providers>
      </body>
    </html>
  );
}
