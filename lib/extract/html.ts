// An HTML page reduced to its article text with @mozilla/readability: navigation, scripts and
// boilerplate dropped, one paragraph per block. Nothing is executed or rendered: the page is
// parsed into an inert document (DOMParser in the browser, linkedom on the server).
// Every walk of the document here is iterative and linear in its size: a hostile page (tens of thousands of
// nested elements within the 200,000 characters an article may have) must neither overflow the stack nor hold
// the thread, and readability, whose time grows much faster than the depth of the tree, only reads ordinary pages.
import { Readability } from '@mozilla/readability';

export const looksLikeHtml = (text: string) =>
  /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);

const BLOCKS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'DT',
  'DD',
]);

/**
 * Readability reads a page only up to this depth of nesting and this many elements. Published pages stay far
 * below both (news pages nest some 20 to 40 deep); readability took 3.3 s for 4,000 nested elements.
 */
export const READABLE = { depth: 120, elements: 20_000 };

/** The elements under `root` in document order, with their depth, without recursion. */
function elementsOf(root: ParentNode): { el: Element; depth: number }[] {
  const out: { el: Element; depth: number }[] = [];
  const stack: { el: Element; depth: number }[] = [];
  const push = (parent: ParentNode, depth: number) => {
    const children = Array.from(parent.children);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ el: children[i]!, depth });
  };
  push(root, 1);
  while (stack.length) {
    const next = stack.pop()!;
    out.push(next);
    push(next.el, next.depth + 1);
  }
  return out;
}

/** The text of `root`, without recursion (textContent may recurse as deep as the tree). */
function textOf(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join('');
}

/** The text of every block that holds no other block, one paragraph each, in document order. */
function blocksText(root: ParentNode): string {
  const elements = elementsOf(root);
  // A block is read on its own unless a block lies inside it: mark each block's ancestors, walking up from it.
  const holdsBlock = new Set<Element>();
  for (const { el } of elements) {
    if (!BLOCKS.has(el.tagName.toUpperCase())) continue;
    for (let up = el.parentElement; up && !holdsBlock.has(up); up = up.parentElement) holdsBlock.add(up);
  }
  const parts: string[] = [];
  for (const { el } of elements) {
    if (!BLOCKS.has(el.tagName.toUpperCase()) || holdsBlock.has(el)) continue;
    const t = textOf(el).replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  return parts.join('\n\n');
}

/** The article as readability finds it, or null when the page is beyond what it reads (READABLE) or it finds none. */
function readable(doc: Document, parse: (html: string) => Document): { title: string | null; text: string } | null {
  const elements = elementsOf(doc);
  if (elements.length > READABLE.elements || elements.some((e) => e.depth > READABLE.depth)) return null;
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const text = blocksText(parse(`<html><body>${article.content}</body></html>`).body);
  return text ? { title: article.title?.trim() || null, text } : null;
}

/** The article in an HTML page: its title and text. `parse` makes an inert document from HTML. */
export function articleFromHtml(
  html: string,
  parse: (html: string) => Document,
): { title: string | null; text: string } {
  const doc = parse(html);
  const unsafe = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED']);
  for (const { el } of elementsOf(doc)) if (unsafe.has(el.tagName.toUpperCase())) el.remove();
  const titleEl = elementsOf(doc).find(({ el }) => el.tagName.toUpperCase() === 'TITLE')?.el;
  const title = (titleEl ? textOf(titleEl).trim() : '') || null;
  const article = readable(doc, parse);
  if (article) return { title: article.title ?? title, text: article.text };
  const text = doc.body
    ? blocksText(doc.body) ||
      textOf(doc.body)
        .replace(/[ \t]+/g, ' ')
        .trim()
    : '';
  return { title, text };
}
