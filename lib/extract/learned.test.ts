import { describe, expect, it } from 'vitest';
import { extractEvents, readArticle } from './extract';
import { eventScore, type LearnedModel } from './learned';
import shipped from './learned-model.json';
import { trainModel } from './learned-training';
import { NameIndex } from './registry';
import { seedRegistry } from './seed-registry';

const registry = seedRegistry();
const index = new NameIndex(registry);
const model = shipped as LearnedModel;
const crossed = 'On 14 November, units of the Azerbaijani Armed Forces crossed the state border near Jermuk.';

describe('the learned stage', () => {
  it('proposes a dated event for a sentence no rule read, dated by the sentence', () => {
    expect(readArticle(crossed, { registry, index, publishedAt: '2021-11-16', model: null }).events).toEqual([]);
    const [event, ...more] = extractEvents(crossed, { registry, index, publishedAt: '2021-11-16' });
    expect(more).toEqual([]);
    expect(event).toMatchObject({ dateStart: '2021-11-14', precision: 'day', quote: crossed });
    expect(event!.title).toMatch(/crossed the state border/);
    expect(event!.explanation).toMatch(/learned model/);
  });

  it('proposes nothing where the text gives no date: it never invents one', () => {
    const undated = crossed.replace('On 14 November, units', 'Units');
    expect(extractEvents(undated, { registry, index, publishedAt: '2021-11-16' })).toEqual([]);
  });

  // A model whose undated weights score every sentence as an undated event, and whose dated ones never propose.
  const eager: LearnedModel = {
    ...model,
    propose: { sentence: 2, list: 2, paragraph: 2, none: 0.5 },
    veto: 0,
    undated: { bias: 5 },
  };

  it('proposes an event the sentence leaves undated without a date, a place or a date text', () => {
    const undated = crossed.replace('On 14 November, units', 'Units');
    const [event, ...more] = extractEvents(undated, { registry, index, publishedAt: '2021-11-16', model: eager });
    expect(more).toEqual([]);
    expect(event).toMatchObject({ dateStart: null, dateEnd: null, precision: null, dateText: null, location: null });
    expect(event!.explanation).toMatch(/learned model .* No date: the sentence gives none for it\./);
  });

  it('proposes what the rules read as still to happen as planned, titled by its verb group', () => {
    const text = 'Putin said the two leaders were soon meeting in Moscow to conclude the summit.';
    const [event] = extractEvents(text, { registry, index, publishedAt: '2021-11-29', model: eager });
    expect(event).toMatchObject({
      status: 'planned',
      dateStart: null,
      title: 'The two leaders were soon meeting in Moscow to conclude the summit',
    });
  });

  it('never proposes a sentence with a date of its own as undated, nor a dateline', () => {
    const text = `YEREVAN, November 16.\n\n${crossed}`;
    expect(extractEvents(text, { registry, index, publishedAt: '2021-11-16', model: eager })).toEqual([]);
  });

  it('scores a report of an event above a dateline', () => {
    const { contexts } = readArticle(`YEREVAN, November 16.\n\n${crossed}`, { registry, index, model: null });
    const [dateline, report] = contexts.map((c) => eventScore(model, c, 'missed'));
    expect(report).toBeGreaterThan(model.propose.sentence);
    expect(dateline).toBeLessThan(model.propose.sentence);
  });

  // `npm run train:extract` retrains it; a model edited by hand, or data changed without retraining, fails here.
  it('is the model that training on the tuning set gives', { timeout: 300_000 }, () => {
    expect(JSON.parse(JSON.stringify(trainModel().model))).toEqual(shipped);
  });
});
