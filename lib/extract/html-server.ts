// An article's text as the server reads what is pasted or sent: an HTML page reduced to its article (html.ts),
// parsed by linkedom into an inert document; plain text as it is. The API and `npm run -s extract` share it.
import { parseHTML } from 'linkedom';
import { articleFromHtml, looksLikeHtml } from './html';

/**
 * linkedom builds a document only from a whole page: a fragment ("<p>…</p>", "<body><p>…", "<html><p>…") gave an
 * empty body, and so no text at all. A page without both its html and body tags is read inside a whole one. (The
 * patterns are bounded: a hostile text of 200,000 characters must not make them quadratic.)
 */
export const parseInert = (html: string) => {
  const whole = /<html[\s>]/i.test(html) && /<body[\s>]/i.test(html);
  const inner = html.replace(/<!doctype[^>]{0,200}>|<\/?(?:html|body)(?:\s[^>]{0,2000})?>/gi, '');
  return parseHTML(whole ? html : `<!doctype html><html><head></head><body>${inner}</body></html>`)
    .document as unknown as Document;
};

/** The text to extract from: the article of an HTML page (`html` forces it, for a .html file), else the text. */
export const articleText = (text: string, html = false) =>
  html || looksLikeHtml(text) ? articleFromHtml(text, parseInert).text : text;
