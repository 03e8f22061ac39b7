// The ARIA feed pattern's keys for the timeline (https://www.w3.org/WAI/ARIA/apg/patterns/feed/):
// Page Down / Page Up move between articles, Ctrl+End / Ctrl+Home leave the feed for the first
// focusable element after / before it. With a skip link, a keyboard user never tabs through it.

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), ' +
  '[tabindex]:not([tabindex="-1"])';

/** The first focusable element after `el` in document order (outside it), or null. */
export function focusableAfter(el: Element): HTMLElement | null {
  for (const candidate of el.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (el.contains(candidate)) continue;
    if (el.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING && candidate.offsetParent !== null)
      return candidate;
  }
  return null;
}

/** The last focusable element before `el` in document order, or null. */
export function focusableBefore(el: Element): HTMLElement | null {
  const all = [...el.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)];
  for (const candidate of all.reverse()) {
    if (el.contains(candidate)) continue;
    if (el.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_PRECEDING && candidate.offsetParent !== null)
      return candidate;
  }
  return null;
}

/** Focus the article of row `index`, waiting a few frames for the virtualiser to render it. */
export function focusArticle(container: HTMLElement | null, index: number, tries = 10) {
  const article = container?.querySelector<HTMLElement>(`article[data-index="${index}"]`);
  if (article) {
    article.focus({ preventScroll: false });
    article.scrollIntoView({ block: 'nearest' });
  } else if (tries > 0) requestAnimationFrame(() => focusArticle(container, index, tries - 1));
}

export type FeedMove = { to: 'article'; index: number } | { to: 'after' } | { to: 'before' } | null;

/** What a key pressed inside the article at `index` of `count` does. */
export function feedMove(
  e: { key: string; ctrlKey: boolean; metaKey: boolean },
  index: number,
  count: number,
): FeedMove {
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && e.key === 'End') return { to: 'after' };
  if (ctrl && e.key === 'Home') return { to: 'before' };
  if (e.key === 'PageDown') return { to: 'article', index: Math.min(index + 1, count - 1) };
  if (e.key === 'PageUp') return { to: 'article', index: Math.max(index - 1, 0) };
  return null;
}
