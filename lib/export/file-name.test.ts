import { describe, expect, it } from 'vitest';
import { eventFiltersSchema } from '@/lib/validation/filters';
import { exportFileName, slugPart } from './file-name';

const name = (input: Record<string, unknown>, extension = 'csv') =>
  exportFileName({
    filters: eventFiltersSchema.parse(input),
    conflict: 'armenia-azerbaijan',
    day: '2026-12-01',
    extension,
  });

describe('exportFileName', () => {
  it('names the view: dataset, actor and years, then the day', () => {
    expect(name({ actor: ['Aliyev'], from: '2020', to: '2021' })).toBe(
      'faultline-armenia-azerbaijan-aliyev-2020-2021-2026-12-01.csv',
    );
  });
  it('is the dataset alone without filters, and one year for a window within a year', () => {
    expect(name({}, 'json')).toBe('faultline-armenia-azerbaijan-2026-12-01.json');
    expect(name({ from: '2020-09', to: '2020-11' }, 'ics')).toBe('faultline-armenia-azerbaijan-2020-2026-12-01.ics');
  });
  it('keeps names safe for a file system and a header, and bounded', () => {
    expect(slugPart('Bakı / "Baku"; rm -rf')).toBe('baki-baku-rm-rf');
    const long = name({ q: 'x'.repeat(400), actor: ['Nikol Pashinyan'], actorMatch: 'all' });
    expect(long.length).toBeLessThan(140);
    expect(long).toMatch(/^faultline-armenia-azerbaijan-nikol-pashinyan-[a-z0-9-]*2026-12-01\.csv$/);
  });
  it('names the chart after the view, before the day', () => {
    const png = exportFileName({
      filters: eventFiltersSchema.parse({ actor: ['Aliyev'], from: '2020', to: '2021' }),
      conflict: 'armenia-azerbaijan',
      day: '2026-12-01',
      extension: 'png',
      view: 'Frequency',
    });
    expect(png).toBe('faultline-armenia-azerbaijan-aliyev-2020-2021-frequency-2026-12-01.png');
  });
  it('says when several actors must all take part', () => {
    expect(name({ actor: ['Ilham Aliyev', 'Nikol Pashinyan'], actorMatch: 'all' })).toBe(
      'faultline-armenia-azerbaijan-ilham-aliyev-nikol-pashinyan-all-2026-12-01.csv',
    );
  });
});
