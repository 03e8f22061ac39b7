import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDevSet, htmlToText } from './dev-set';
import { score, total } from './evaluate';
import { extractEvents } from './extract';
import { articleText } from './html-server';
import { datelineOf } from './timexes';
import { NameIndex } from './registry';
import { seedRegistry } from './seed-registry';
import { extractRequestSchema, MAX_ARTICLE_CHARS } from './types';
import { MAX_SENTENCE } from './segment';
import { readSeedArticle, readSeedExpected } from './seed-article';

const registry = seedRegistry();
const index = new NameIndex(registry);
const run = (text: string, publishedAt?: string | null) => extractEvents(text, { registry, index, publishedAt });
const brief = (text: string, publishedAt?: string | null) =>
  run(text, publishedAt).map(
    (e) => `${e.dateStart ?? '—'}${e.dateEnd ? `/${e.dateEnd}` : ''} ${e.precision ?? '—'} ${e.subType} ${e.status}`,
  );

const seedText = readSeedArticle();
const expected = readSeedExpected();

describe('the seed article', () => {
  const events = run(seedText, expected.publishedAt);
  const findFor = (evidence: string) => {
    const at = seedText.indexOf(evidence);
    return events.filter((e) => e.span[0] <= at && at + evidence.length <= e.span[1]);
  };

  it.each(expected.events.filter((e) => e.level === 'must').map((e) => [e.title, e] as const))(
    'yields the must event: %s',
    (_title, gold) => {
      const found = findFor(gold.evidence).find(
        (e) =>
          e.dateStart === gold.dateStart && (e.dateEnd ?? undefined) === gold.dateEnd && e.precision === gold.precision,
      );
      expect(found, `no event with ${gold.dateStart} ${gold.precision} quoting "${gold.evidence}"`).toBeDefined();
      for (const actor of gold.actors) expect(found!.actors).toContain(actor);
      if (gold.location) expect(found!.location).toBe(gold.location);
    },
  );

  it('yields most of the should events with their dates', () => {
    const should = expected.events.filter((e) => e.level === 'should');
    const hit = should.filter((g) =>
      findFor(g.evidence).some((e) => e.dateStart === g.dateStart && e.precision === g.precision),
    );
    expect(hit.length).toBeGreaterThan(should.length / 2);
  });

  it('quotes the text exactly, in order of where each event is told', () => {
    for (const e of events) expect(seedText.slice(e.span[0], e.span[1])).toBe(e.quote);
    const starts = events.map((e) => e.span[0]);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(events.every((e) => e.confidence > 0 && e.confidence <= 1)).toBe(true);
  });

  it('reads the publication date from the dateline when none is given', () => {
    expect(datelineOf(seedText)).toBe('2021-11-29');
    expect(run(seedText).map((e) => e.dateStart)).toEqual(events.map((e) => e.dateStart));
  });
});

describe('dates', () => {
  it('never invents a date the text does not give', () => {
    expect(brief('Azerbaijani forces shelled the village of Tegh, the ministry said.', '2022-09-14')).toEqual([
      '— — shelling-artillery-missile-attack claimed',
    ]);
    expect(brief('Armenia and Azerbaijan signed a declaration on Friday.')).toEqual(['— — agreement occurred']);
    expect(run('The weather in the region was mild and the markets were calm.', '2022-09-14')).toEqual([]);
  });

  it('resolves weekdays, weekends and year-less dates against publication', () => {
    expect(brief('Fighting broke out on Sunday near Tovuz.', '2020-07-14')).toEqual([
      '2020-07-12 day armed-clash occurred',
    ]);
    expect(brief('Over the weekend, protesters rallied in Yerevan.', '2023-09-24')).toEqual([
      '2023-09-23/2023-09-24 range peaceful-protest occurred',
    ]);
    expect(brief('On 22 February the court ruled on the corridor.', '2023-05-02')).toEqual([
      '2023-02-22 day statement occurred',
    ]);
    expect(brief('The leaders will meet in Brussels on Tuesday.', '2021-12-10')).toEqual([
      '2021-12-14 day summit-or-meeting planned',
    ]);
  });

  it('turns a deadline into a range from when it was set, and a measured war into its span', () => {
    expect(
      brief(
        'On 26 November the leaders agreed to set up a border commission before the end of the year.',
        '2021-11-29',
      ),
    ).toEqual(['2021-11-26/2021-12-31 range commission planned']);
    expect(
      brief('27 September 2020: Azerbaijan launches a military offensive; the war lasts 44 days.', '2023-09-28'),
    ).toEqual(['2020-09-27/2020-11-09 range armed-clash occurred']);
  });

  it('places "two days later" after the date told before it and "recent weeks" in the weeks before publication', () => {
    expect(
      brief(
        'Azerbaijan captured the town on 8 November, and two days later the leaders signed a ceasefire.',
        '2021-09-27',
      ),
    ).toEqual([
      '2020-11-08 day government-regains-territory occurred',
      '2020-11-10 day agreement-or-ceasefire occurred',
    ]);
    expect(brief('Recent weeks saw a set of incidents on the border.', '2021-11-29')).toEqual([
      '2021-11 month armed-clash occurred',
    ]);
    expect(brief('Recent weeks saw a set of incidents on the border.', '2021-11-10')).toEqual([
      '2021-10-13/2021-11-10 range armed-clash occurred',
    ]);
  });

  it('gives early/late parts of a month, seasons, "later last month" and "next year" their honest span', () => {
    expect(brief('Clashes broke out on the border in early November.', '2021-11-29')).toEqual([
      '2021-11-01/2021-11-10 range armed-clash occurred',
    ]);
    expect(brief('Azerbaijani forces shelled villages later last month.', '2021-11-29')).toEqual([
      '2021-10 month shelling-artillery-missile-attack occurred',
    ]);
    expect(brief('Protesters rallied in Yerevan last summer.', '2021-11-29')).toEqual([
      '2020-06-01/2020-08-31 range peaceful-protest occurred',
    ]);
    expect(brief('The leaders will sign the treaty next year.', '2025-08-09')).toEqual(['2026 year agreement planned']);
    expect(brief('The six-week war that ended on 10 November killed thousands.', '2020-12-01')).toEqual([
      '2020-09-29/2020-11-10 range armed-clash occurred',
    ]);
  });

  it('reads ranges written out and two days of one month, and leaves a decade undated', () => {
    expect(
      brief(
        'Human Rights Watch documented shelling of Stepanakert between 27 September and 10 November 2020.',
        '2021-03-01',
      ),
    ).toEqual(['2020-09-27/2020-11-10 range shelling-artillery-missile-attack occurred']);
    expect(brief('The blockade lasted from December 2022 to September 2023.', '2024-01-01')).toEqual([
      '2022-12-01/2023-09-30 range change-to-group-activity occurred',
    ]);
    expect(brief('From 12 to 16 July 2020, clashes continued near Tovuz.', '2021-03-01')).toEqual([
      '2020-07-12/2020-07-16 range armed-clash occurred',
    ]);
    expect(brief('Talks took place on 3-4 May in Moscow.', '2021-05-10')).toEqual([
      '2021-05-03/2021-05-04 range summit-or-meeting occurred',
    ]);
    // A decade is no precision an analyst dates by (corpus GUIDE.md, "Decades and vague spans"): proposed undated.
    expect(brief('The two countries fought a war in the early 1990s.', '2025-03-14')).toEqual([
      '— — armed-clash occurred',
    ]);
  });

  it('proposes nothing for what only might happen', () => {
    expect(
      run('If Armenia and Azerbaijan sign a treaty, the border could finally be demarcated.', '2024-06-01'),
    ).toEqual([]);
    expect(
      run('Baku could launch an offensive in Syunik if talks collapse, some analysts warn.', '2024-06-01'),
    ).toEqual([]);
    expect(brief('In 2021 and 2022, Azerbaijani troops seized positions inside Armenia.', '2024-06-01')).toEqual([
      '2021-01-01/2022-12-31 range government-regains-territory occurred',
    ]);
  });

  it('does not date what happened again and again, nor a plan by the day it was reported', () => {
    expect(run('In November 2007 the presidents met dozens of times without agreement.', '2025-03-14')).toEqual([]);
    expect(run('Pashinyan said on Friday that Armenia was ready to sign the treaty.', '2025-03-14')).toEqual([]);
    expect(
      brief(
        'YEREVAN, Nov 17 (Wire) - Armenian soldiers were killed in fighting on Tuesday, ' +
          'the ministry said on Wednesday.',
        '2021-11-17',
      ),
    ).toEqual(['2021-11-16 day armed-clash claimed']);
  });

  it('dates an undated report by the date told just before it, not by one told sentences earlier', () => {
    const told = 'Azerbaijani forces shelled Jermuk on Tuesday.';
    const withdrew = 'Armenian troops withdrew from two positions.';
    expect(brief(`${told} ${withdrew}`, '2022-09-15')).toEqual([
      '2022-09-13 day shelling-artillery-missile-attack occurred',
      '2022-09-13 day change-to-group-activity occurred',
    ]);
    const between = 'Analysts see a pattern. Many expect more pressure. The border remains tense.';
    expect(brief(`${told} ${between} ${withdrew}`, '2022-09-15')).toEqual([
      '2022-09-13 day shelling-artillery-missile-attack occurred',
      '— — change-to-group-activity occurred',
    ]);
    // "that day", "the same day": the day told before, however far back.
    expect(
      brief(`Fighting broke out on 27 September 2020. ${between} Both sides declared martial law that day.`),
    ).toEqual(['2020-09-27 day armed-clash occurred', '2020-09-27 day change-to-group-activity occurred']);
  });

  it('dates a verb by its own date, not by the year of a name before it', () => {
    const named = run(
      'Armenian forces, in breach of the Geneva Conventions of 1949, shelled Ganja on 10 October.',
      '2020-10-12',
    );
    expect(named.map((e) => e.dateStart)).toEqual(['2020-10-10']);
  });

  it('dates by the full date a weekday is written with, and keeps that date whole in the title', () => {
    const [e] = run('Azerbaijani forces shelled Stepanakert on Sunday, September 27, 2020.', '2021-06-01');
    expect([e!.dateStart, e!.precision, e!.title]).toEqual([
      '2020-09-27',
      'day',
      'Azerbaijani forces shelled Stepanakert on Sunday, September 27, 2020',
    ]);
  });

  it('resolves nothing relative without a publication date', () => {
    expect(brief('Clashes broke out yesterday on the border.')).toEqual(['— — armed-clash occurred']);
  });
});

describe('sub-types', () => {
  it('tells an agreement from a ceasefire by its words', () => {
    const types = (text: string) => run(text, '2025-08-10').map((e) => e.subType);
    expect(types('On 8 August 2025 Armenia and Azerbaijan initialled a peace agreement in Washington.')).toEqual([
      'agreement',
    ]);
    expect(types('On 10 November 2020 Armenia and Azerbaijan signed a ceasefire agreement in Moscow.')).toEqual([
      'agreement-or-ceasefire',
    ]);
    expect(types('On 14 December 2022 the sides agreed to deal with the border issue.')).toEqual([
      'agreement-or-ceasefire',
    ]);
    // Neither kind named: the rules' sub-type stays.
    expect(types('On 14 December 2022 the two ministers agreed in Brussels.')).toEqual(['agreement-or-ceasefire']);
  });

  it('keeps a summit and the document signed at it apart, and a meeting that agreed something one event', () => {
    const signed = run('On 8 August 2025 Aliyev and Pashinyan met in Washington and signed a joint declaration.');
    expect(signed.map((e) => [e.subType, e.dateStart, e.title])).toEqual([
      ['summit-or-meeting', '2025-08-08', 'Aliyev and Pashinyan met in Washington'],
      ['agreement', '2025-08-08', 'Aliyev and Pashinyan signed a joint declaration'],
    ]);
    const agreed = run('On 5 April 2016 the chiefs of staff met in Moscow and agreed to stop the fighting.');
    expect(agreed.map((e) => e.subType)).toEqual(['agreement-or-ceasefire']);
    // Shelling and ground taken in one sentence: two events, the dead counted for the shelling, the subject kept.
    const both = run(
      'Azerbaijani forces shelled Sotk on 4 August 2025, killing two soldiers, and captured three heights near ' +
        'Jermuk, the Armenian defence ministry said.',
    );
    expect(both.map((e) => [e.subType, e.status, e.fatalities?.best ?? null, e.title])).toEqual([
      ['shelling-artillery-missile-attack', 'claimed', 2, 'Azerbaijani forces shelled Sotk on 4 August 2025'],
      ['government-regains-territory', 'claimed', null, 'Azerbaijani forces captured three heights near Jermuk'],
    ]);
    // A document named by its signing is no signing at the meeting.
    const named = run('On 26 November 2021 the Sochi meeting built on the statement signed last year.', '2021-11-27');
    expect(named.map((e) => e.subType)).not.toContain('agreement');
  });
});

describe('actors and places', () => {
  it('reads an alias as the person who held the office then', () => {
    expect(
      run('The President of Azerbaijan met Levon Ter-Petrosyan in Moscow on 12 May 1995.', '1995-05-20')[0]!.actors,
    ).toEqual(['Heydar Aliyev', 'Levon Ter-Petrosyan']);
    expect(run('The President of Azerbaijan met Pashinyan in Moscow on 12 May 2021.', '2021-05-20')[0]!.actors).toEqual(
      ['Ilham Aliyev', 'Nikol Pashinyan'],
    );
  });

  const capitalCase =
    'tells a capital as a place from a capital as a government, and drops a country that only qualifies a person';
  it(capitalCase, () => {
    const [e] = run("On Friday, Baku accused Armenia's Nikol Pashinyan of stalling the talks in Moscow.", '2021-05-21');
    expect(e!.actors).toEqual(['Azerbaijan', 'Nikol Pashinyan']);
    expect(e!.location).toBe('Moscow');
  });

  it('proposes people the registry lacks under the name the text uses', () => {
    const [e] = run(
      'Major General Polad Hashimov was killed in an exchange of fire near Tovuz on Tuesday.',
      '2020-07-14',
    );
    expect(e!.actors).toContain('Polad Hashimov');
    expect(e!.location).toBe('Tovuz');
  });
});

describe('structure', () => {
  it('reads a dated list item by item, and merges one happening told twice', () => {
    const text =
      'Key dates\n\n5 May 1994: The Bishkek Protocol is signed.\n12 May 1994: A ceasefire takes effect.\n\n' +
      'The Bishkek Protocol was signed in the Kyrgyz capital.';
    expect(brief(text, '2024-05-12')).toEqual([
      '1994-05-05 day agreement-or-ceasefire occurred',
      '1994-05-12 day agreement-or-ceasefire occurred',
    ]);
  });

  it('reduces HTML to its article text without its scripts', () => {
    const text = htmlToText(
      fs.readFileSync(path.join(process.cwd(), 'lib', 'extract', 'fixtures', '07-washington-summit.html'), 'utf8'),
    );
    expect(text).toContain('US President Donald Trump hosted Azerbaijani President Ilham Aliyev');
    expect(text).not.toMatch(/alert|trackingId|Subscribe|All rights reserved/);
  });

  it('reads a pasted fragment of HTML as well as a whole page', () => {
    const sentence = 'Azerbaijani forces shelled Tartar on 4 May 2021.';
    // Each gave no text, and so no suggestion, while the same sentence as plain text gave one.
    for (const html of [`<p>${sentence}</p>`, `<body><p>${sentence}</p></body>`, `<html><p>${sentence}</p></html>`])
      expect(articleText(html), html).toBe(sentence);
    expect(articleText(`<!doctype html><div><p>${sentence}</p><p>Two more.</p></div>`)).toBe(
      `${sentence}\n\nTwo more.`,
    );
    expect(run(articleText(`<article><p>${sentence}</p></article>`)).map((e) => e.dateStart)).toEqual(['2021-05-04']);
  });

  it('reads a hostile page of tens of thousands of nested elements without overflowing or stalling', () => {
    const report = 'On 3 May 2021 Armenian forces shelled Tegh.';
    expect(htmlToText(`<html><body>${'<div>'.repeat(30_000)}<p>${report}</p></body></html>`)).toBe(report);
    expect(htmlToText(`<html><body>${'<ul><li>'.repeat(20_000)}${report}</body></html>`)).toBe(report);
    expect(htmlToText(`<html><body><p>${'<span>'.repeat(25_000)}${report}</p></body></html>`)).toBe(report);
  });
});

describe('bad input', () => {
  const parse = (body: unknown) => {
    const r = extractRequestSchema.safeParse(body);
    return r.success ? 'ok' : r.error.issues.map((i) => i.message).join('; ');
  };

  it('refuses empty, oversized, garbled text and impossible publication dates with a message', () => {
    expect(parse({ text: '   \n' })).toMatch(/empty/);
    expect(parse({ text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) })).toMatch(/200,000 characters/);
    expect(parse({ text: `PK\u0003\u0004${'\u0000\u0001\uFFFD'.repeat(50)}` })).toMatch(/does not read as text/);
    expect(parse({ text: 'Talks were held.', publishedAt: '2021-02-30' })).toMatch(/not a day of the calendar/);
    expect(parse({ text: 'Talks were held.', publishedAt: '29/11/2021' })).toMatch(/YYYY-MM-DD/);
    // An article is not published in the future: "yesterday" would date an event to come as past.
    expect(parse({ text: 'Talks were held.', publishedAt: '2031-03-01' })).toMatch(/after today/);
    expect(parse({ text: 'Talks were held.', publishedAt: '2021-11-29' })).toBe('ok');
  });

  it('handles text with script tags as text and 150,000 characters without failing', () => {
    expect(
      run('<script>alert(1)</script> On 26 November Putin met Aliyev in Sochi.', '2021-11-29')[0]!.quote,
    ).toContain('<script>');
    const long = `${seedText}\n\n`.repeat(Math.floor(150_000 / seedText.length));
    // The same article told over and over is still the same eight events.
    expect(run(long, '2021-11-29').map((e) => e.dateStart)).toEqual(
      run(seedText, '2021-11-29').map((e) => e.dateStart),
    );
  });

  it('reads a text that is mostly one run of spaces or line breaks (it took minutes)', () => {
    for (const space of [' ', '\n']) {
      const text = `Troops clashed near Tegh on 3 May 2021.${space.repeat(150_000)}They clashed again in May.`;
      expect(run(text, '2021-06-01').map((e) => e.dateStart)).toContain('2021-05-03');
    }
  });

  it('reads a run-on "sentence" of thousands of entries in pieces, each quoted where it stands', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `on ${1 + (i % 28)} May 2021 troops clashed near Tegh`);
    const text = `Reports: ${entries.join('; ')}.`;
    const events = run(text, '2021-06-01');
    expect(events.length).toBeGreaterThan(20);
    for (const e of events) {
      expect(text.slice(...e.span)).toBe(e.quote);
      expect(e.quote.length).toBeLessThanOrEqual(MAX_SENTENCE);
    }
  });
});

describe('the date domain', () => {
  it('proposes an event dated outside 1800 … ten years ahead without a date, never with it', () => {
    const text = 'The treaty was signed in 1724 between the two empires. A summit is planned for 2061.';
    const events = run(text, '2021-11-29');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.dateStart).toBeNull();
    // And says so: not "Dated from the date in its sentence" beside no date.
    for (const e of events) expect([e.dateText, e.explanation]).toEqual([null, expect.stringMatching(/^No date/)]);
    const [treaty] = run('Russia and Persia signed a treaty on 12 May 1724.', '2021-11-29');
    expect(treaty!.explanation).toBe(
      'No date: “12 May 1724” lies outside the years Faultline records (1800 to ten years ahead).',
    );
  });

  it('says why a date the calendar lacks gives none', () => {
    const [e] = run('On 31 February 2021, Azerbaijani forces shelled the village of Tegh.', '2021-03-05');
    expect(e).toMatchObject({
      dateStart: null,
      explanation: 'No date: “31 February 2021” is not a day of the calendar.',
    });
  });
});

describe('the development set', () => {
  it('keeps precision and recall at 0.9 or above, exact dates at 0.95, and invents no date', () => {
    const scores = loadDevSet().map((a) => score(a.text, a.events, run(a.text, a.publishedAt)));
    const t = total(scores);
    expect(scores.length).toBeGreaterThanOrEqual(12);
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.dateAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(t.inventedDates).toBe(0);
  });
});
