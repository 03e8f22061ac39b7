import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/extract/extract';
import { articleInputSchema } from '@/lib/validation/article';
import { eventFormSchema } from '@/lib/validation/event';
import type { Database } from '../types';
import { seededDatabase, testEngines } from '../testing';
import { getArticle, listArticles, saveArticle } from './articles';
import { QueryError } from './errors';
import { addSources, createEvent } from './event-write';
import { listRevisions } from './event-history';
import { loadRegistry, matchedEvents, matchStoredEvents } from './extract';
import { rows } from '../rows';
import { readSeedArticle } from '@/lib/extract/seed-article';

const seedText = readSeedArticle();

describe.each(testEngines())('articles and extraction on $name', ({ open }) => {
  const seeded = seededDatabase(open);
  let database: Database;
  let conflictId: number;
  beforeAll(() => ({ database, conflictId } = seeded));

  it('reads the registry from the store: aliases with periods, places, and the parties of the battles', async () => {
    const { registry } = await loadRegistry({ db: database.db, conflictId });
    expect(registry.parties.sort()).toEqual(['Armenia', 'Azerbaijan']);
    expect(registry.actors.find((a) => a.name === 'Heydar Aliyev')!.aliases).toContainEqual({
      alias: 'Aliyev',
      validFrom: '1993-06-15',
      validTo: '2003-10-30',
    });
    expect(registry.places.map((p) => p.name)).toContain('Sochi');
  });

  it('matches proposals of the seed article to the events already stored', async () => {
    const { registry, index } = await loadRegistry({ db: database.db, conflictId });
    const events = extractEvents(seedText, { registry, index, publishedAt: '2021-11-29' });
    const matches = await matchStoredEvents({ db: database.db, conflictId, events });
    const titleOf = async (id: number | null) =>
      id
        ? (await rows<{ title: string }>(database.db, sql`select title from events where id = ${id}`))[0]!.title
        : null;
    const sochi = events.findIndex((e) => e.dateStart === '2021-11-26' && e.subType === 'summit-or-meeting');
    expect(await titleOf(matches[sochi]!)).toMatch(/Sochi/);
    // The card names the stored event by title and date.
    const named = await matchedEvents({ db: database.db, ids: matches });
    expect(named.get(matches[sochi]!)).toMatchObject({
      title: expect.stringMatching(/Sochi/),
      dateStart: '2021-11-26',
    });
    const war = events.findIndex((e) => e.dateStart === '2020' && e.subType === 'armed-clash');
    expect(await titleOf(matches[war]!)).toMatch(/war/i);
    // "a Russia-brokered peace deal" is an agreement; the store has it as the ceasefire of 10 November 2020, not the
    // humanitarian ceasefires of October that year ("The war ended …": the title that shares its words).
    const deal = events.findIndex((e) => e.subType === 'agreement');
    expect(await titleOf(matches[deal]!)).toBe('Trilateral statement ends the war');
    // Incidents of "recent weeks" (November 2021) are in the store as the 16 November clashes.
    expect(matches.filter((m) => m !== null).length).toBeGreaterThanOrEqual(4);
  });

  it('stores an article once, and an accepted proposal cites it with the quote and its offsets', async () => {
    const input = articleInputSchema.parse({
      text: seedText,
      title: 'Putin Receives Armenian And Azeri Leaders For Talks',
      publisher: 'Warsaw Institute',
      url: 'https://warsawinstitute.org/putin-receives-armenian-azeri-leaders-talks/',
      publishedAt: '2021-11-29',
    });
    const first = await saveArticle({ db: database.db, conflictId, input });
    const again = await saveArticle({ db: database.db, conflictId, input });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });

    const quote =
      'A three-way communique said Aliyev and Pashinyan had agreed to ' +
      '“work towards increased stability and security on the border.”';
    const start = seedText.indexOf(quote);
    const [aliyev] = await rows<{ id: number }>(database.db, sql`select id from actors where name = 'Ilham Aliyev'`);
    const saved = await createEvent({
      db: database.db,
      conflictId,
      origin: 'article',
      input: eventFormSchema.parse({
        title: 'Trilateral communique on border stability',
        subType: 'agreement-or-ceasefire',
        precision: 'day',
        dateStart: '2021-11-26',
        actors: [
          { id: aliyev!.id, role: 'participant' },
          { newName: 'Three-way working group', kind: 'organisation', role: 'participant' },
        ],
        sources: [
          { publisher: 'Warsaw Institute', quote, article: { id: first.id, start, end: start + quote.length } },
        ],
      }),
    });
    const article = await getArticle({ db: database.db, id: first.id });
    // The seed already cites this article (same URL, so the same source): those events are listed too, without offsets.
    const mine = article.evidence.find((e) => e.eventId === saved.id)!;
    expect(mine).toMatchObject({ quote, spanStart: start, spanEnd: start + quote.length });
    expect(article.text.slice(mine.spanStart!, mine.spanEnd!)).toBe(quote);
    expect(article.evidence.filter((e) => e.spanStart === null).map((e) => e.title)).toContain(
      'Sochi summit: Putin hosts Aliyev and Pashinyan',
    );
    expect((await listRevisions({ db: database.db, eventId: saved.id }))[0]).toMatchObject({
      action: 'create',
      origin: 'article',
    });
    const citing = article.evidence.length;
    expect((await listArticles({ db: database.db, conflictId })).find((a) => a.id === first.id)).toMatchObject({
      events: citing,
      publisher: 'Warsaw Institute',
    });

    // Merging a proposal into a stored event adds the article as one more source of it.
    const [sochi] = await rows<{ id: number }>(
      database.db,
      sql`select id from events where title = 'Sochi summit: Putin hosts Aliyev and Pashinyan'`,
    );
    const sochiQuote = 'On November 26, Vladimir Putin brought together';
    await addSources({
      db: database.db,
      id: sochi!.id,
      reason: 'Source added from an article',
      origin: 'article',
      sources: [
        {
          publisher: 'Warsaw Institute',
          url: null,
          title: null,
          publishedAt: null,
          quote: sochiQuote,
          article: {
            id: first.id,
            start: seedText.indexOf(sochiQuote),
            end: seedText.indexOf(sochiQuote) + sochiQuote.length,
          },
        },
      ],
    });
    const merged = (await getArticle({ db: database.db, id: first.id })).evidence.find((e) => e.eventId === sochi!.id)!;
    expect(merged).toMatchObject({ quote: sochiQuote, spanStart: seedText.indexOf(sochiQuote) });
    // The summit already cited this article first: it stays its first source.
    const order = await rows<{ publisher: string }>(
      database.db,
      sql`
      select s.publisher from event_sources es join sources s on s.id = es.source_id
      where es.event_id = ${sochi!.id} order by es.position, s.id`,
    );
    expect(order[0]!.publisher).toBe('Warsaw Institute');
  });

  it(
    'keeps offsets that point at the quote: ' + 'an edited quote is found again in the article, or stands without them',
    async () => {
      const { id } = await saveArticle({
        db: database.db,
        conflictId,
        input: articleInputSchema.parse({ text: seedText, publisher: 'Warsaw Institute' }),
      });
      const cite = async (quote: string, start: number, end: number) => {
        const saved = await createEvent({
          db: database.db,
          conflictId,
          origin: 'article',
          input: eventFormSchema.parse({
            title: `Quote test ${quote.slice(0, 20)}`,
            subType: 'statement',
            precision: 'year',
            dateStart: '2021',
            sources: [{ publisher: 'Warsaw Institute', quote, article: { id, start, end } }],
          }),
        });
        return (await getArticle({ db: database.db, id })).evidence.find((e) => e.eventId === saved.id)!;
      };
      const sentence = 'Russia is a mediator with the blessing from both sides.';
      const at = seedText.indexOf(sentence);
      expect(await cite('Russia is a mediator', at, at + sentence.length)).toMatchObject({
        spanStart: at,
        spanEnd: at + 'Russia is a mediator'.length,
      });
      expect(await cite('Words the article never says', at, at + sentence.length)).toMatchObject({
        spanStart: null,
        spanEnd: null,
      });
    },
  );

  it('refuses evidence outside the article or of an article that does not exist, storing nothing', async () => {
    const before = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from events`);
    const attempt = (article: { id: number; start: number; end: number }) =>
      createEvent({
        db: database.db,
        conflictId,
        origin: 'article',
        input: eventFormSchema.parse({
          title: 'Bad evidence',
          subType: 'statement',
          precision: 'year',
          dateStart: '2021',
          sources: [{ publisher: 'X', quote: 'q', article }],
        }),
      });
    await expect(attempt({ id: 999_999, start: 0, end: 5 })).rejects.toThrow(QueryError);
    await expect(attempt({ id: 1, start: 0, end: 10_000_000 })).rejects.toThrow(/outside the article/);
    expect(await rows<{ n: number }>(database.db, sql`select count(*)::int as n from events`)).toEqual(before);
  });
});
