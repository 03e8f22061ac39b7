import { describe, expect, it } from 'vitest';
import { casualtiesIn, casualtiesOf, tollsAfter } from './casualties';

const dead = (best: number | null, low: number | null = null, high: number | null = null) => ({
  kind: 'fatalities',
  figure: { best, low, high },
});
const hurt = (best: number) => ({ kind: 'wounded', figure: { best, low: null, high: null } });

describe('casualty figures in a sentence', () => {
  it.each([
    ['At least 27 people have been killed and another 200 wounded since Tuesday', [dead(27), hurt(200)]],
    ['Nine civilians, four of them women, were killed, 35 people were injured', [dead(9), hurt(35)]],
    ['12 people, two children among them, were killed and more than 40 were seriously injured', [dead(12), hurt(40)]],
    ['seven Azerbaijani soldiers were killed and ten wounded in the clashes', [dead(7), hurt(10)]],
    ['the war, which left more than 6,500 people killed', [dead(6500)]],
    ['fighting that left at least 280 soldiers from both sides dead', [dead(280)]],
    ['The death toll from the missile strike on Ganja has risen to 10 people', [dead(10)]],
    ['troops have killed more than 1,200 soldiers and wounded another 2,500', [dead(1200), hurt(2500)]],
    ['Azerbaijani forces shelled Tegh on 3 May 2021, killing three soldiers and wounding two', [dead(3), hurt(2)]],
    ['by 14 September close to 300 people had died', [dead(null, null, 300)]],
    ['a war with as many as 30,000 dead', [dead(null, null, 30000)]],
    ['between 300 and 500 soldiers were killed', [dead(null, 300, 500)]],
    ['350 people in total, military and civilian, had died', [dead(350)]],
    ['more than a hundred people, civilians among them, have been killed there', [dead(100)]],
    ["the Ottoman empire's 1915 killing of 1.5 million Armenians", [dead(1_500_000)]],
    ['the Armenian side suffered one fatality', [dead(1)]],
    ['Azerbaijan reports six civilian deaths', [dead(6)]],
  ])('%s', (sentence, expected) => {
    expect(casualtiesIn(sentence)).toEqual(expected);
  });

  it.each([
    ['On September 27 three soldiers were killed', [dead(3)]],
    ['The talks lasted 3 hours and 2 people spoke', []],
    ['private Suren Safaryan (b. 2002), suffered a fatal gunshot wound', []],
    ['In 2020 the war ended', []],
  ])('a date, a year or an unrelated number counts nobody: %s', (sentence, expected) => {
    expect(casualtiesIn(sentence)).toEqual(expected);
  });
});

describe('the toll of an event', () => {
  it('takes the largest figure its sentences give: a toll that rose replaces the first report', () => {
    const c = casualtiesOf(['12 people were killed on October 17.', 'On October 18, 13 people had died in all.']);
    expect(c.fatalities).toEqual({ best: 13, low: null, high: null });
    expect(c.wounded).toBeNull();
  });

  it('takes the toll told after a violent event in its paragraph, up to the next event, never across one', () => {
    const text = 'Shelling hit Tavush on 13 May. Two soldiers were killed.\nTalks opened on 14 May. Five died.';
    const shelling = { eventType: 'explosions-remote-violence', span: [0, 30] as [number, number] };
    const talks = { eventType: 'strategic-developments', span: [57, 80] as [number, number] };
    const none = { fatalities: null, wounded: null };
    const [a, b] = tollsAfter(text, [
      { ...shelling, ...none },
      { ...talks, ...none },
    ]);
    expect(a!.fatalities).toEqual({ best: 2, low: null, high: null });
    expect(b!.fatalities).toBeNull();
  });
});
