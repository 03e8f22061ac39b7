// The labelled development set: articles under lib/extract/fixtures/ (.txt, or .html reduced to
// its article text) each with an analyst's gold events in a .json file of the same name.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { GoldEvent } from './evaluate';
import { articleFromHtml } from './html';

export interface DevArticle {
  name: string;
  kind: string;
  publishedAt: string;
  text: string;
  events: GoldEvent[];
}

export const FIXTURES_DIR = path.join(process.cwd(), 'lib', 'extract', 'fixtures');

export const htmlToText = (html: string) =>
  articleFromHtml(html, (h) => parseHTML(h).document as unknown as Document).text;

export function loadDevSet(dir = FIXTURES_DIR): DevArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      const gold = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
        publishedAt: string;
        kind: string;
        events: GoldEvent[];
      };
      const html = path.join(dir, `${name}.html`);
      const text = fs.existsSync(html)
        ? htmlToText(fs.readFileSync(html, 'utf8'))
        : fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
      return { name, kind: gold.kind, publishedAt: gold.publishedAt, text, events: gold.events };
    });
}
