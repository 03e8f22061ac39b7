// An HTML page reduced to its article text with @mozilla/readability: navigation, scripts and
// boilerplate dropped, one paragraph per block. Nothing is executed or rendered: the page is
// parsed into an inert document (DOMParser in the browser, linkedom on the server).
import { Readability } from '@mozilla/readability';

export const looksLikeHtml = (text: string) =>
  /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,dt,dd';

function blocksText(root: ParentNode): string {
  const parts: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.querySelector(BLOCKS)) continue; // its inner blocks are read on their own
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  return parts.join('\n\n');
}

/** The article in an HTML page: its title and text. `parse` makes an inert document from HTML. */
export function articleFromHtml(
  html: string,
  parse: (html: string) => Document,
): { title: string | null; text: string } {
  const doc = parse(html);
  for (const el of Array.from(doc.querySelectorAll('script,style,noscript,template,iframe,object,embed'))) el.remove();
  const title = doc.querySelector('title')?.textContent?.trim() || null;
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  if (article?.content) {
    const text = blocksText(parse(`<html><body>${article.content}</body></html>`).body);
    if (text) return { title: article.title?.trim() || title, text };
  }
  const text = doc.body ? blocksText(doc.body) || (doc.body.textContent ?? '').replace(/[ \t]+/g, ' ').trim() : '';
  return { title, text };
}
