// What a reviewer gets from a suggestion beyond its date: a title they can accept as it is, who
// asserts a claim, where the date came from, and the year a chronology lends a bare date.
import { describe, expect, it } from 'vitest';
import { loadSet } from './corpus';
import { extractEvents } from './extract';
import { NameIndex } from './registry';
import { seedRegistry } from './seed-registry';

const registry = seedRegistry();
const index = new NameIndex(registry);
const run = (text: string, publishedAt?: string | null) => extractEvents(text, { registry, index, publishedAt });

describe('titles', () => {
  it('leave out the date a sentence opens with', () => {
    const [e] = run(
      'On November 26, 2021 Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi.',
      '2021-11-29',
    );
    expect(e!.title).toBe('Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi');
  });

  it('leave out who reported what happened', () => {
    const [e] = run(
      "Armenia's Defence Ministry said Azerbaijani forces shelled the town of Jermuk on Tuesday.",
      '2022-09-14',
    );
    expect(e!.title).toBe('Azerbaijani forces shelled the town of Jermuk on Tuesday');
  });

  it('drop offices and nationalities before names rather than cut a name in two', () => {
    const [e] = run(
      'US President Donald Trump hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol ' +
        'Pashinyan at the White House on Friday, where the two leaders initialled the text of a peace agreement.',
      '2025-08-09',
    );
    expect(e!.title).toBe('Donald Trump hosted Ilham Aliyev and Nikol Pashinyan at the White House');
  });

  it('keep a quotation that goes on the clause, without its quote marks or who said it', () => {
    const text =
      'A three-way communique said Aliyev and Pashinyan had agreed to “work towards increased stability and ' +
      'security on the border.”';
    expect(run(text, '2021-11-29').map((e) => e.title)).toEqual([
      'Aliyev and Pashinyan had agreed to work towards increased stability and security',
    ]);
  });

  it('start at the subject, not at the word that links their clause to the sentence', () => {
    const text = 'The talks resumed on 9 May 2021, when Azerbaijani forces withdrew from two positions near Lake Sev.';
    expect(run(text, '2021-05-10').map((e) => e.title)).toContain(
      'Azerbaijani forces withdrew from two positions near Lake Sev',
    );
  });

  it('leave out a wire agency before its report, and start a reported clause at its subject', () => {
    const signed =
      'INTERFAX - The three leaders signed a joint statement in Sochi on Friday, pledging to work on the border.';
    expect(run(signed, '2021-11-27')[0]!.title).toBe('The three leaders signed a joint statement in Sochi on Friday');
    const killed = 'The ministry said on 16 November that one Armenian soldier had been killed in the border fighting.';
    expect(run(killed, '2021-11-17').map((e) => e.title)).toContain(
      'One Armenian soldier had been killed in the border fighting',
    );
  });

  it('say what a deal "saw" someone do as what they did', () => {
    const text =
      'The war ended in November 2020 with a Russia-brokered peace deal that saw Azerbaijan gain control of ' +
      'Shusha and reclaim seven districts.';
    expect(run(text, '2021-11-29').map((e) => e.title)).toContain(
      'Azerbaijan gained control of Shusha and reclaimed seven districts',
    );
  });

  it('are at most 80 characters on every tuning article, never cut mid-phrase or with an ellipsis', () => {
    const titles = loadSet('tuning').flatMap((a) => run(a.text, a.publishedAt).map((e) => e.title));
    expect(titles.length).toBeGreaterThan(300);
    for (const title of titles) {
      expect(title.length, title).toBeLessThanOrEqual(80);
      expect(title, title).not.toMatch(/…$|\s(?:to|the|of|and|a|with|that|had)$/);
    }
  });
});

describe('claims and statements', () => {
  it('mark violence one side reports as claimed, with who claims it', () => {
    const [e] = run(
      "Armenia's Defence Ministry said Azerbaijani forces shelled the town of Jermuk on Tuesday.",
      '2022-09-14',
    );
    expect(e).toMatchObject({ status: 'claimed', claimant: "Armenia's Defence Ministry", dateStart: '2022-09-13' });
  });

  it('make an accusation by an official side a statement of its own, dated by when it spoke', () => {
    const events = run(
      "Armenia's Defence Ministry on Wednesday accused Azerbaijan's armed forces of shooting down a helicopter.",
      '2014-11-13',
    );
    expect(events.map((e) => `${e.subType} ${e.dateStart}`)).toContain('statement 2014-11-12');
  });

  it('keep a denial: what one side is accused of and denies is disputed, beside the denial itself', () => {
    const events = run(
      'On 9 September the Armenian Defence Ministry denied Azerbaijani accusations that its units had opened fire ' +
        'at Azerbaijani positions on the border.',
      '2022-09-10',
    );
    expect(events.map((e) => `${e.subType} ${e.status}`)).toEqual(['statement occurred', 'armed-clash disputed']);
    expect(events[1]).toMatchObject({ claimant: null, dateStart: '2022-09-09' });
    // What the side goes on to say itself is its claim, not what it denies.
    const own = run(
      'On 5 May 2021 Azerbaijan dismissed claims of a blockade and said Armenian troops attacked its positions.',
      '2021-05-06',
    );
    expect(own.find((e) => e.eventType === 'battles')?.status).toBe('claimed');
  });

  it('leave the claimant empty when nothing is claimed', () => {
    const [e] = run('On 5 May 1994 the sides signed a ceasefire in Bishkek.', '2010-05-05');
    expect(e).toMatchObject({ status: 'occurred', claimant: null });
  });
});

describe('chronologies', () => {
  const text = [
    'Timeline',
    '',
    '11 October 2005: A report by the International Crisis Group is published.',
    '',
    'August: On 27 August, Presidents Kocharian and Aliyev hold talks in Kazan.',
    '',
    'June 2005: Oskanian and Mammadyarov hold a meeting in Paris.',
    '',
  ].join('\n');

  it('date a bare day in the year of the chronology and say the year was inferred', () => {
    const kazan = run(text, null).find((e) => e.quote.includes('Kazan'));
    expect(kazan).toMatchObject({ dateStart: '2005-08-27', precision: 'day', yearInferred: true });
    const paris = run(text, null).find((e) => e.quote.includes('Paris'));
    expect(paris).toMatchObject({ dateStart: '2005-06', precision: 'month', yearInferred: false });
  });

  it('let a date heading date the entry under it until the next heading', () => {
    const lines = ['Chronology', '', 'April 19, 2024', 'Armenia and Azerbaijan agreed to adjust the border.', ''];
    lines.push('April 17, 2024', 'Russian peacekeepers began to withdraw from Karabakh.', '');
    lines.push('September 19, 2023', 'Azerbaijan launched an offensive in Karabakh.', '');
    const events = run(lines.join('\n'), null);
    expect(events.map((e) => e.dateStart)).toEqual(['2024-04-19', '2024-04-17', '2023-09-19']);
  });
});

describe('explanations', () => {
  it('say where the date came from, apart from the quote and the title', () => {
    const [e] = run(
      'On November 26, 2021 Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi.',
      '2021-11-29',
    );
    expect(e!.explanation).toMatch(/November 26, 2021/);
    const [undated] = run('Azerbaijani forces shelled Armenian positions.', '2022-09-14');
    expect(undated!.explanation).toMatch(/^No date/);
  });
});
