import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, instantInWords, permalink } from './citation';
import { filtersInWords, viewFiltersOf } from './view-words';

const words = (qs: string) => filtersInWords(viewFiltersOf(new URLSearchParams(qs)));

describe('a view in words', () => {
  it('names the actors, types, place, search and period as the URL has them', () => {
    expect(words('')).toBe('all events');
    expect(words('actor=Ilham Aliyev&from=2020&to=2021')).toBe('events involving Ilham Aliyev, 2020–2021');
    expect(words('actor=Ilham Aliyev&actor=Nikol Pashinyan&actorMatch=all&type=battles,protests')).toBe(
      'events involving all of Ilham Aliyev and Nikol Pashinyan, battles or protests',
    );
    expect(words('actor=A&actor=B&actor=C')).toBe('events involving A, B or C');
    expect(words('location=Stepanakert&q=drone&from=2020-09-27&to=2020-11')).toBe(
      'all events, in Stepanakert, matching “drone”, 27 Sep 2020–Nov 2020',
    );
    expect(words('subtype=armed-clash&from=2022&to=2022&milestone=true')).toBe(
      'all events, armed clash, milestones only, 2022',
    );
    expect(words('from=2023-09')).toBe('all events, from Sep 2023');
  });
});

describe('citing a view', () => {
  const input = {
    conflictName: 'Armenia–Azerbaijan conflict',
    words: 'events involving Ilham Aliyev, 2020–2021',
    url: 'https://faultline.example.org/?actor=Ilham+Aliyev&from=2020&to=2021&asOf=2026-12-07T09%3A00%3A00.000Z',
    asOf: '2026-12-07T09:00:00.000Z',
    retrieved: '2026-12-08T10:30:00.000Z',
  };

  it('pins the time of the data in the permalink, replacing an older one', () => {
    const url = permalink('https://f.example/?actor=X&asOf=2020-01-01T00%3A00%3A00Z&bucket=month', input.asOf);
    expect(new URL(url).searchParams.getAll('asOf')).toEqual([input.asOf]);
    expect(url).toContain('asOf=2026-12-07T09:00:00.000Z');
    expect(new URL(url).searchParams.get('actor')).toBe('X');
    expect(new URL(permalink(url, null)).searchParams.has('asOf')).toBe(false);
  });

  it('writes an APA-like line naming the filters, the data time and the day it was retrieved', () => {
    expect(apaCitation(input)).toBe(
      'Faultline (2026). Armenia–Azerbaijan conflict timeline: events involving Ilham Aliyev, 2020–2021 ' +
        `[Data set, as of 7 Dec 2026, 09:00 UTC]. Retrieved 8 Dec 2026 from ${input.url}`,
    );
    expect(instantInWords('2026-01-02T23:59:59Z')).toBe('2 Jan 2026, 23:59 UTC');
  });

  it('writes a BibTeX entry with TeX characters escaped', () => {
    const bib = bibtexCitation({ ...input, words: 'all events, matching “50% & more_”' });
    expect(bib).toMatch(/^@misc\{faultline2026armenia,\n/);
    expect(bib).toContain('title = {{Armenia–Azerbaijan conflict timeline: all events, matching “50\\% \\& more\\_”}}');
    expect(bib).toContain(`url = {${input.url}}`);
    expect(bib).toContain('note = {Data as of 2026-12-07T09:00:00.000Z. Retrieved 2026-12-08}');
    expect(bib.trim().endsWith('}')).toBe(true);
  });
});
