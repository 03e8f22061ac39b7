'use client';
// "Cite this view" (a permalink pinned to the time of the data, an APA-like line and BibTeX) and
// "Embed" (the <iframe> code of this view's read-only embed), each opened from a button.
import { useState, type KeyboardEvent } from 'react';
import { apaCitation, bibtexCitation, instantInWords } from '@/lib/share/citation';
import { CopyField } from '@/components/ui/copy-field';
import { dashboardQuery } from '@/lib/validation/filters';
import type { UrlState } from './use-url-state';
import type { ViewShare } from './use-view-share';

type Open = 'cite' | 'embed' | null;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed of this view: its filters and view settings, never asOf (an embed shows the data as it is). */
export function embedCode({ origin, query, title }: { origin: string; query: string; title: string }): string {
  const src = `${origin}/embed${query ? `?${query}` : ''}`;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="720" ` +
    `style="border:0" loading="lazy"></iframe>`
  );
}

function CitePanel({ share }: { share: ViewShare }) {
  const url = share.permalink();
  const input = {
    conflictName: share.conflictName,
    words: share.words,
    url,
    asOf: share.latest ?? null,
    retrieved: new Date().toISOString(),
  };
  return (
    <div className="share-panel" role="region" aria-label="Cite this view">
      <p className="note">
        {share.latest
          ? `The permalink pins these filters and the data as of ${instantInWords(share.latest)}: ` +
            'a reader who opens it later is told what has changed since.'
          : 'Finding the time of the data…'}
      </p>
      <CopyField label="Permalink" value={url} />
      <CopyField label="Citation (APA)" value={apaCitation(input)} multiline rows={4} />
      <CopyField label="BibTeX" value={bibtexCitation(input)} multiline rows={8} />
    </div>
  );
}

function EmbedPanel({ state, share }: { state: UrlState; share: ViewShare }) {
  const query = dashboardQuery(state.params);
  const code = embedCode({
    origin: window.location.origin,
    query,
    title: `${share.conflictName} timeline: ${share.words}`,
  });
  return (
    <div className="share-panel" role="region" aria-label="Embed this view">
      <p className="note">
        A read-only timeline and frequency chart of this view for an article; its links open Faultline in a new tab.
        Only the sites listed in the server&apos;s <code>FAULTLINE_EMBED_ORIGINS</code> may show it.{' '}
        <a href={`/embed${query ? `?${query}` : ''}`} target="_blank" rel="noopener">
          Preview the embed
        </a>
      </p>
      <CopyField label="Embed code" value={code} multiline rows={3} />
    </div>
  );
}

export function SharePanel({ state, share }: { state: UrlState; share: ViewShare }) {
  const [open, setOpen] = useState<Open>(null);
  const toggle = (which: Exclude<Open, null>) => setOpen((o) => (o === which ? null : which));
  // Escape closes the panel, as it would a popover.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) setOpen(null);
  };
  return (
    <div className="share" onKeyDown={onKeyDown}>
      <div className="share-tools">
        <button type="button" aria-expanded={open === 'cite'} onClick={() => toggle('cite')}>
          Cite this view
        </button>
        <button type="button" aria-expanded={open === 'embed'} onClick={() => toggle('embed')}>
          Embed
        </button>
      </div>
      {open === 'cite' ? <CitePanel share={share} /> : null}
      {open === 'embed' ? <EmbedPanel state={state} share={share} /> : null}
    </div>
  );
}
