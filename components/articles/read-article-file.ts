// An uploaded article file as text: a .txt as written (less its byte-order mark), an .html page as
// the article it holds (without its navigation and scripts), or why it was refused.
import { articleFromHtml, looksLikeHtml } from '@/lib/extract/html';
import { MAX_ARTICLE_CHARS } from '@/lib/extract/types';

export type ReadFile = { refused: string } | { text: string; title: string | null; message: string };

/** DOMParser builds an inert document: its scripts never run, its content is never rendered. */
const parseHtml = (h: string) => new DOMParser().parseFromString(h, 'text/html');

/** The article's text of what was pasted: a page's article when it is HTML, else the text itself. */
export const articleTextOf = (text: string) => (looksLikeHtml(text) ? articleFromHtml(text, parseHtml).text : text);

export async function readArticleFile(file: File): Promise<ReadFile> {
  if (!/\.(txt|text|html?|xhtml)$/i.test(file.name) && !/^text\//.test(file.type))
    return { refused: `“${file.name}” is not a .txt or .html file` };
  if (file.size > MAX_ARTICLE_CHARS * 4)
    return {
      refused: `“${file.name}” is larger than the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`,
    };
  const raw = await file.text();
  if (/\.x?html?$/i.test(file.name) || looksLikeHtml(raw)) {
    const article = articleFromHtml(raw, parseHtml);
    return {
      text: article.text,
      title: article.title || null,
      message: `Read ${file.name}: the article text of the page, without its navigation and scripts.`,
    };
  }
  return { text: raw.replace(/^\uFEFF/, ''), title: null, message: `Read ${file.name}.` };
}
