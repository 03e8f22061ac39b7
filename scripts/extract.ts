// npm run -s extract -- [--published YYYY-MM-DD] FILE   (FILE "-" = stdin; relative to INIT_CWD)
// Prints only the JSON array of proposed events to stdout; messages go to stderr. When a server
// holds the database it is asked (so matchesEventId is filled); otherwise the seed registry is used.
import fs from 'node:fs';
import { lockHolder } from '../db/lock';
import { readEnv } from '../lib/env';
import { extractEvents } from '../lib/extract/extract';
import { articleText } from '../lib/extract/html-server';
import { seedRegistry } from '../lib/extract/seed-registry';
import { extractRequestSchema, type ExtractedEvent } from '../lib/extract/types';
import { noSuggestionsMessage } from '../lib/text/script';
import { argValue, fail as failWith, inputFile } from './args';

const fail: (message: string) => never = (message) => failWith('extract', message);
const filePath = inputFile('extract', 'published', 'YYYY-MM-DD');
const published = argValue('published');

const bytes = filePath ? fs.readFileSync(filePath) : fs.readFileSync(0);
const raw = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
const text = articleText(raw, !!filePath && /\.x?html?$/i.test(filePath));

const request = extractRequestSchema.safeParse({ text, publishedAt: published });
if (!request.success)
  fail(
    request.error.issues.map((i) => (i.path[0] === 'publishedAt' ? `--published: ${i.message}` : i.message)).join('; '),
  );

async function viaServer(base: string): Promise<ExtractedEvent[] | null> {
  try {
    const res = await fetch(`${base}/api/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request.data),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.ok) return (await res.json()) as ExtractedEvent[];
    console.error(`extract: the server at ${base} answered ${res.status}; using the seed registry instead`);
  } catch {
    // No server answers: extract here.
  }
  return null;
}

const env = readEnv();
const server = process.env.FAULTLINE_URL ?? (env.DATABASE_URL ? undefined : lockHolder(env.dataDir)?.url);
const events =
  (server ? await viaServer(server) : null) ??
  extractEvents(request.data.text, { registry: seedRegistry(), publishedAt: request.data.publishedAt });
process.stdout.write(`${JSON.stringify(events, null, 1)}\n`);
// Standard output stays the JSON array; why it is empty goes to standard error.
if (!events.length) console.error(`extract: ${noSuggestionsMessage(request.data.text)}`);
