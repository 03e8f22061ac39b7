// An article's text as the server reads what is pasted or sent: an HTML page reduced to its article (html.ts),
// parsed by linkedom into an inert document; plain text as it is. The API and `npm run -s extract` share it.
import { parseHTML } from 'linkedom';
import { articleFromHtml, looksLikeHtml } from './html';

export const parseInert = (html: string) => parseHTML(html).document as unknown as Document;

/** The text to extract from: the article of an HTML page (`html` forces it, for a .html file), else the text. */
export const articleText = (text: string, html = false) =>
  html || looksLikeHtml(text) ? articleFromHtml(text, parseInert).text : text;
