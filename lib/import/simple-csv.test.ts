import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords } from './read';

describe('simple CSV', () => {
  it('keeps formula-like and quoted cells as the file wrote them: Faultline never writes this format', async () => {
    const csv =
      'title,date,precision,sub_type,source_publisher,summary,longitude,latitude,location\n' +
      `"'=HYPERLINK(""http://x"",""y"")",2022,year,armed-clash,=Publisher,-2+3,-3.5,-2,Jermuk\n`;
    const records = [];
    for await (const m of readRecords(Readable.from([csv]), 'csv')) records.push(m);
    expect(records).toHaveLength(1);
    const [m] = records;
    if (!m?.ok) throw new Error(JSON.stringify(m));
    expect(m.record.event.title).toBe('\'=HYPERLINK("http://x","y")');
    expect(m.record.event.sources[0]!.publisher).toBe('=Publisher');
    expect(m.record.event.summary).toBe('-2+3');
    expect(m.record.place).toMatchObject({ lon: -3.5, lat: -2 });
  });

  it('reports a line with a stray quote once, and reads the lines around it', async () => {
    const csv =
      'title,date,precision,sub_type,source_publisher,source_url\n' +
      'Before,2021-05-13,day,armed-clash,Example Wire,\n' +
      'Formula row =1+1,2021-05-14,day,armed-clash,Example Wire,=HYPERLINK("http://evil")\n' +
      'After,2021-05-15,day,armed-clash,Example Wire,\n';
    const records = [];
    for await (const m of readRecords(Readable.from([csv]), 'csv')) records.push(m);
    expect(records.filter((m) => !m.ok)).toEqual([
      { ok: false, line: 3, reason: expect.stringMatching(/^unreadable CSV: Invalid Opening Quote/) },
    ]);
    expect(records.filter((m) => m.ok)).toHaveLength(2);
  });
});
