// The article Faultline was born from, and the events an analyst takes from it. The repository
// keeps its own copy (lib/extract/seed-article/) so that every test runs on a clone made anywhere;
// seed-article.test.ts checks the copy still equals the shared original where one sits beside it.
import fs from 'node:fs';
import path from 'node:path';

export const SEED_ARTICLE_DIR = path.join(process.cwd(), 'lib', 'extract', 'seed-article');

export interface SeedExpected {
  publishedAt: string;
  events: {
    level: string;
    title: string;
    dateStart: string;
    dateEnd?: string;
    precision: string;
    actors: string[];
    location?: string;
    evidence: string;
  }[];
}

export const readSeedArticle = (): string => fs.readFileSync(path.join(SEED_ARTICLE_DIR, 'seed-article.txt'), 'utf8');

export const readSeedExpected = (): SeedExpected =>
  JSON.parse(fs.readFileSync(path.join(SEED_ARTICLE_DIR, 'seed-article.expected.json'), 'utf8')) as SeedExpected;
