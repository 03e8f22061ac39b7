import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords } from './read';
import type { Mapped } from './record';

async function read(csv: string): Promise<Mapped[]> {
  const records = [];
  for await (const m of readRecords(Readable.from([csv]), 'csv')) records.push(m);
  return records;
}

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

  it('refuses a half coordinate pair and numbers not written as plain decimals, naming the cell', async () => {
    const row = (id: string, lat: string, lon: string, fatalities: string) =>
      `${id},Row ${id},2020-11-10,day,armed-clash,Pub,Someplace,${lat},${lon},${fatalities}`;
    const csv = [
      'id,title,date,precision,sub_type,source_publisher,location,latitude,longitude,fatalities',
      row('lat-only', '40.5', '', ''),
      row('lon-only', '', '45.1', ''),
      row('exponent', '', '', '1e3'),
      row('hex', '', '', '0x10'),
      row('negative', '', '', '-2'),
      row('hex-lat', '0x10', '45', ''),
      row('far-lat', '95', '45', ''),
      row('fine', '-40.5', '+45.25', '12'),
      row('no-place', '', '', ''),
      '',
    ].join('\n');
    const records = await read(csv);
    expect(records.filter((m) => !m.ok)).toEqual([
      { ok: false, line: 2, reason: 'longitude is missing: give both coordinates or neither' },
      { ok: false, line: 3, reason: 'latitude is missing: give both coordinates or neither' },
      { ok: false, line: 4, reason: 'fatalities "1e3" is not a whole number (digits only, like 12)' },
      { ok: false, line: 5, reason: 'fatalities "0x10" is not a whole number (digits only, like 12)' },
      { ok: false, line: 6, reason: 'fatalities "-2" is not a whole number (digits only, like 12)' },
      { ok: false, line: 7, reason: 'latitude "0x10" is not a decimal number (like 40.18)' },
      { ok: false, line: 8, reason: 'Latitude is between -90 and 90' },
    ]);
    const fine = records.filter((m) => m.ok).map((m) => m.record);
    expect(fine.map((r) => [r.place, r.event.fatalities])).toEqual([
      [expect.objectContaining({ lat: -40.5, lon: 45.25 }), { best: 12 }],
      [expect.objectContaining({ lat: null, lon: null }), null],
    ]);
  });

  it('reads a bracket after an actor as its role only when it names a role', async () => {
    const csv =
      'title,date,precision,sub_type,source_publisher,actors\n' +
      'Roles,2021-03-03,day,attack,Pub,' +
      '"Civilians (Armenia) (actor-2); Protesters (Azerbaijan); Armenia (boss); Azerbaijan (Actor-1 ); ' +
      'Military Forces of Azerbaijan (2003-)"\n';
    const [m] = await read(csv);
    if (!m?.ok) throw new Error(JSON.stringify(m));
    expect(m.record.event.actors).toEqual([
      { name: 'Civilians (Armenia)', role: 'actor-2' },
      { name: 'Protesters (Azerbaijan)', role: 'participant' },
      { name: 'Armenia (boss)', role: 'participant' },
      { name: 'Azerbaijan', role: 'actor-1' },
      { name: 'Military Forces of Azerbaijan (2003-)', role: 'participant' },
    ]);
  });
});
