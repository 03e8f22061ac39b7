import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_DIR } from './seed-article';

const shared = path.resolve(process.cwd(), '..', 'shared', 'corpus');

describe('the seed article kept in the repository', () => {
  it.skipIf(!fs.existsSync(shared))('is the same as the shared original beside the project', () => {
    for (const file of ['seed-article.txt', 'seed-article.expected.json']) {
      expect(fs.readFileSync(path.join(SEED_ARTICLE_DIR, file), 'utf8'), file).toBe(
        fs.readFileSync(path.join(shared, file), 'utf8'),
      );
    }
  });
});
