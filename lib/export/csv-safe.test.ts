import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isOwnExport, neutraliseCell, OWN_EXPORT_TAG, restoreCell, tableToCsv } from './csv-safe';

const ATTACKS = [
  '=HYPERLINK("http://x","y")',
  '+SUM(1,2)',
  '@SUM(A1:A2)',
  "-2+3+cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

describe('CSV cells against formulas', () => {
  it('quotes text that a spreadsheet would run, as OWASP recommends', () => {
    for (const text of ATTACKS) expect(neutraliseCell(text), text).toBe(`'${text}`);
  });

  it('leaves numbers alone, negative ones too, and text that runs nothing', () => {
    for (const value of [-3.5, -2, 0, 46.75]) expect(neutraliseCell(value)).toBe(value);
    for (const text of ['-3.5', '-2', '+1', '1e-3', 'Armenia', 'Trilateral = ceasefire', "'Twas", ''])
      expect(neutraliseCell(text), text).toBe(text);
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(undefined)).toBe('');
  });

  it('restores exactly what it quoted, even text that already began with a quote', () => {
    const texts = [...ATTACKS, "'=already quoted", "''-x", "'", "'Twas", '-3.5', 'plain', '-', '=', "'@"];
    for (const text of texts) expect(restoreCell(String(neutraliseCell(text))), text).toBe(text);
    expect(neutraliseCell("'=already quoted")).toBe("''=already quoted");
  });

  it('knows its marker among the tags', () => {
    expect(isOwnExport(`precision=day; milestone; ${OWN_EXPORT_TAG}`)).toBe(true);
    expect(isOwnExport('crowd size=no report')).toBe(false);
    expect(isOwnExport(undefined)).toBe(false);
  });

  it('writes a chart table with every text cell neutralised and the numbers as numbers', () => {
    const csv = tableToCsv(
      ['actor', 'events'],
      [
        ['=HYPERLINK("http://x","y")', 3],
        ['Line\rbreak, comma', -2],
      ],
    );
    expect(parse(csv)).toEqual([
      ['actor', 'events'],
      ['\'=HYPERLINK("http://x","y")', '3'],
      ['Line\rbreak, comma', '-2'],
    ]);
  });
});
