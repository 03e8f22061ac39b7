import { expect, test } from '@playwright/test';

test.describe('API on a fresh data directory', () => {
  test('the server migrated and seeded an empty database and says so', async ({ request }) => {
    const health = await request.get('/api/health');
    expect(health.ok()).toBe(true);
    const body = await health.json();
    expect(body).toMatchObject({ status: 'ok', engine: 'pglite' });
    expect(body.events).toBeGreaterThanOrEqual(80);
  });

  test('events filter by actor, with sources and honest dates', async ({ request }) => {
    const res = await request.get('/api/events', { params: { actor: 'Ilham Aliyev', from: '2021-11', to: '2021-11' } });
    expect(res.status()).toBe(200);
    const { events, total, nextCursor } = await res.json();
    expect(total).toBe(events.length);
    expect(nextCursor).toBeNull();
    const sochi = events.find((e: { title: string }) => e.title.startsWith('Sochi summit'));
    expect(sochi).toMatchObject({ dateStart: '2021-11-26', precision: 'day', milestone: true });
    expect(sochi.sources[0].url).toMatch(/^https:\/\//);
    const one = await (await request.get(`/api/events/${sochi.id}`)).json();
    expect(one.title).toBe(sochi.title);
  });

  test('the frequency series accounts for every listed event', async ({ request }) => {
    const params = { from: '2020', to: '2023', type: 'battles' };
    const [list, freq] = await Promise.all([
      request.get('/api/events', { params }),
      request.get('/api/stats/frequency', { params }),
    ]);
    const { total } = await list.json();
    const f = await freq.json();
    expect(f.total).toBe(total);
    expect(f.bucket).toBe('month');
    expect(f.series.length).toBe(48);
  });

  test('bad parameters get a 400 naming the parameter', async ({ request }) => {
    for (const [params, param] of [
      [{ type: 'bombing' }, 'type'],
      [{ from: '2022', to: '2021' }, 'from'],
      [{ from: '2021-02-31' }, 'from'],
      [{ actor: 'Nobody At All' }, 'actor'],
      [{ limit: '9999' }, 'limit'],
    ] as const) {
      const res = await request.get('/api/events', { params });
      expect(res.status(), JSON.stringify(params)).toBe(400);
      const body = await res.json();
      expect(body.errors[0].param).toBe(param);
    }
    expect((await request.get('/api/events/abc')).status()).toBe(400);
    expect((await request.get('/api/events/999999')).status()).toBe(404);
  });

  test('the taxonomy lists ACLED’s types with their sub-types and Faultline’s diplomacy', async ({ request }) => {
    const { eventTypes } = await (await request.get('/api/taxonomy')).json();
    expect(eventTypes.map((t: { slug: string }) => t.slug)).toEqual(expect.arrayContaining(['battles', 'diplomacy']));
  });
});
