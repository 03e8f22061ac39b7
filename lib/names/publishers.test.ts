import { describe, expect, it } from 'vitest';
import { hostOf, publisherName } from './publishers';

describe('publisherName', () => {
  it.each([
    ['Reuters', 'Reuters'],
    ['reuters', 'Reuters'],
    ['reuters.com', 'Reuters'],
    ['https://www.reuters.com/world/asia/', 'Reuters'],
    ['Thomson Reuters', 'Reuters'],
    ['Azertac', 'AZERTAC'],
    ['AZERTAC', 'AZERTAC'],
    ['Azertag', 'AZERTAC'],
    ['azertag.az', 'AZERTAC'],
    ['en.azertag.az', 'AZERTAC'],
    ['Armenpress', 'Armenpress'],
    ['armenpress.am', 'Armenpress'],
    ['ARMEN\u200BPRESS', 'Armenpress'],
    ['en.wikipedia.org', 'Wikipedia'],
  ])('%j is %j', (raw, name) => expect(publisherName(raw)).toBe(name));

  it('keeps a publisher it does not know as given, a web address as its host', () => {
    expect(publisherName('Fixture Wire')).toBe('Fixture Wire');
    expect(publisherName('  Office of the Prime Minister of Armenia ')).toBe('Office of the Prime Minister of Armenia');
    expect(publisherName('https://www.example-news.org/2020/10/item')).toBe('example-news.org');
    expect(publisherName('Panorama.am')).toBe('Panorama.am');
    expect(publisherName('news.am')).toBe('NEWS.am');
  });

  it('reads a host only from something shaped like an address', () => {
    expect(hostOf('RFE/RL')).toBeNull();
    expect(hostOf('Time.News')).toBe('time.news');
    expect(hostOf('MIL OSI / Kremlin')).toBeNull();
  });
});
