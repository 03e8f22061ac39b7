import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

test.describe('data in and out', () => {
  test('an export under a filter contains exactly the filtered events, in every format', async ({ request }) => {
    const filter = { actor: 'Nikol Pashinyan', from: '2021', to: '2023' };
    const list = await (await request.get('/api/events', { params: { ...filter, limit: '500' } })).json();
    const json = await (await request.get('/api/export', { params: { ...filter, format: 'json' } })).json();
    expect(json.events.map((e: { id: number }) => e.id).sort()).toEqual(
      list.events.map((e: { id: number }) => e.id).sort(),
    );
    expect(json.events[0].revisions.length).toBeGreaterThan(0);
    const csv = await (await request.get('/api/export', { params: { ...filter, format: 'acled' } })).text();
    expect(csv.trim().split('\n').length).toBeGreaterThan(list.total); // header + rows (a note may hold a newline)
    expect(csv.split('\n')[0]).toContain('event_id_cnty,event_date,year,time_precision');
    const geo = await (await request.get('/api/export', { params: { ...filter, format: 'geojson' } })).json();
    expect(geo.features.length).toBe(
      list.events.filter((e: { location: { lat: number | null } | null }) => e.location?.lat != null).length,
    );
    const ics = await (await request.get('/api/export', { params: { ...filter, format: 'ics' } })).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(
      list.events.filter((e: { milestone: boolean; status: string }) => e.milestone || e.status === 'planned').length,
    );
  });

  test('the import page takes an ACLED file and reports every row', async ({ page }) => {
    await page.goto('/import');
    await page.getByLabel('File', { exact: true }).setInputFiles(path.join('db', 'fixtures', 'acled-broken.csv'));
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByTestId('import-counts')).toHaveText(
      '5 rows read: 1 created, 0 updated, 0 unchanged, 4 rejected.',
    );
    await expect(page.getByRole('region', { name: 'Rejected rows' })).toContainText('has 8 fields; the header has 31');
  });

  test('the API imports a file sent as the body, then the same file again changes nothing', async ({ request }) => {
    const file = fs.readFileSync(path.join('db', 'fixtures', 'acled-current.csv'));
    const first = await request.post('/api/import?label=acled-current.csv', {
      data: file,
      headers: { 'content-type': 'text/csv' },
    });
    const lines = (await first.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1).report).toMatchObject({ read: 4, created: 4, rejected: [] });
    const again = await request.post('/api/import', { data: file, headers: { 'content-type': 'text/csv' } });
    expect(
      (await again.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .at(-1).report,
    ).toMatchObject({ created: 0, unchanged: 4 });
  });

  test('the OpenAPI document lists every filter the events route accepts, and /api shows it', async ({
    request,
    page,
  }) => {
    const doc = await (await request.get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const names = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'actor',
        'type',
        'subtype',
        'from',
        'to',
        'q',
        'location',
        'status',
        'milestone',
        'sort',
        'limit',
        'cursor',
      ]),
    );
    await page.goto('/api');
    await expect(page.getByRole('heading', { name: /GET \/api\/stats\/frequency/ })).toBeVisible();
  });
});
