import { describe, expect, it } from 'vitest';
import { emptyRegistryNote, registryPageHref } from './registry-words';

const actors = { noun: 'actor', plural: 'actors', searched: 'a name or alias' };

describe('emptyRegistryNote', () => {
  it('says a page past the last is past the last, and links to the first page', () => {
    expect(emptyRegistryNote({ ...actors, q: '', total: 120, page: 99_999, pages: 3 })).toEqual({
      text: 'Page 99,999 is past the last page of actors: the last is page 3.',
      firstPage: '?',
    });
    expect(emptyRegistryNote({ ...actors, q: 'army', total: 4, page: 5, pages: 1 })).toEqual({
      text: 'Page 5 is past the last page of actors matching “army”: there is one page.',
      firstPage: '?q=army',
    });
  });

  it('says no record matches a search, or that there are none yet', () => {
    expect(emptyRegistryNote({ ...actors, q: 'zzz', total: 0, page: 1, pages: 1 }).text).toBe(
      'No actor has a name or alias matching “zzz”.',
    );
    expect(emptyRegistryNote({ ...actors, q: '', total: 0, page: 1, pages: 1 })).toEqual({
      text: 'No actors yet: they come with events.',
      firstPage: null,
    });
    expect(emptyRegistryNote({ ...actors, q: '', total: 0, page: 7, pages: 1 }).text).toBe(
      'No actors yet: they come with events.',
    );
  });
});

describe('registryPageHref', () => {
  it('keeps the search and leaves out page 1', () => {
    expect(registryPageHref('a b', 1)).toBe('?q=a+b');
    expect(registryPageHref('', 2)).toBe('?page=2');
  });
});
