// The HTML an OpenRefine user sees in a small frame when hovering a candidate: the record's name,
// kind, country, other names (with the days an alias was valid) and how many events it has here.
// Every value is escaped: the names come from imports.
import { COUNTRIES } from '@/lib/export/countries';
import type { ReconPreview } from '@/db/queries/reconcile';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** One rule a line, for reading; the page gets them as one line. */
const PREVIEW_STYLE = [
  'body{font:14px/1.4 system-ui,sans-serif;margin:8px;color:#1b1f24;background:#fff}',
  'h1{font-size:16px;margin:0 0 4px}',
  'p{margin:2px 0}',
  '.n{color:#57606a}',
].join('');

function period(n: ReconPreview['otherNames'][number]): string {
  if (n.validFrom && n.validTo) return ` (${n.validFrom} to ${n.validTo})`;
  if (n.validFrom) return ` (from ${n.validFrom})`;
  return n.validTo ? ` (until ${n.validTo})` : '';
}

export function previewHtml(p: ReconPreview, viewUrl: string): string {
  const country = p.country ? (COUNTRIES[p.country]?.name ?? p.country) : null;
  const facts = [p.type === 'actor' ? p.kind : 'place', p.admin1, country].filter(Boolean).join(', ');
  const names = p.otherNames.slice(0, 12).map((n) => `${n.name}${period(n)}`);
  const more = p.otherNames.length > 12 ? `, and ${p.otherNames.length - 12} more` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(p.name)}</title>
<style>${PREVIEW_STYLE}</style>
</head><body>
<h1><a href="${escapeHtml(viewUrl)}" target="_blank" rel="noopener">${escapeHtml(p.name)}</a></h1>
<p class="n">${escapeHtml(facts)} · ${p.events.toLocaleString('en')} event${p.events === 1 ? '' : 's'} in Faultline</p>
${names.length ? `<p>Also: ${escapeHtml(names.join('; ') + more)}</p>` : ''}
${p.description ? `<p>${escapeHtml(p.description)}</p>` : ''}
</body></html>
`;
}
