import { expect, test } from '@playwright/test';

// What a page on another site, or a DNS-rebinding page, can no longer do to a running server.
const forged = {
  title: 'Forged from another site',
  subType: 'agreement-or-ceasefire',
  precision: 'day',
  dateStart: '2022-09-13',
  sources: [{ publisher: 'Nobody' }],
};

test.describe('origins, hosts and framing', () => {
  test('a write from another site is refused with 403 and stores nothing', async ({ request }) => {
    const res = await request.post('/api/events', {
      headers: { Origin: 'http://evil.example', 'Content-Type': 'text/plain' },
      data: JSON.stringify(forged),
    });
    expect(res.status()).toBe(403);
    const body = await res.json();
    expect(body.errors[0].param).toBe('origin');
    expect(body.error).toContain('http://evil.example');
    const crossSite = await request.post('/api/events', {
      headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'text/plain' },
      data: '{}',
    });
    expect(crossSite.status()).toBe(403);
    const upload = await request.post('/api/import', {
      headers: { Origin: 'http://evil.example', 'Content-Type': 'text/csv' },
      data: 'title,date,precision,sub_type,source_publisher\nForged from another site,2022,year,armed-clash,Nobody\n',
    });
    expect(upload.status()).toBe(403);
    const { total } = await (await request.get('/api/events', { params: { q: '"Forged from another site"' } })).json();
    expect(total).toBe(0);
  });

  test('a write from its own origin gets past the guard (to validation)', async ({ request, baseURL }) => {
    const res = await request.post('/api/events', {
      headers: { Origin: new URL(baseURL!).origin, 'Sec-Fetch-Site': 'same-origin' },
      data: {},
    });
    expect(res.status()).toBe(400);
  });

  test('pages may be framed only by this site, and run under the CSP without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto('/');
    const headers = res!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    // The root layout's inline theme script ran (it carries the nonce) …
    const html = page.locator('html');
    const before = await html.getAttribute('data-theme');
    expect(before).toMatch(/^(light|dark)$/);
    // … and so did Next's: the theme toggle works only once React has hydrated.
    await page.waitForLoadState('networkidle');
    await expect(async () => {
      await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
      expect(await html.getAttribute('data-theme')).not.toBe(before);
    }).toPass({ timeout: 15_000 });
    expect(violations).toEqual([]);
  });

  test('a request for another host name is refused, pages and API alike (DNS rebinding)', async ({ request }) => {
    for (const path of ['/', '/api/health', '/api/events']) {
      const res = await request.get(path, { headers: { Host: 'evil.example' } });
      expect(res.status(), path).toBe(421);
      expect((await res.json()).errors[0].param).toBe('host');
    }
    expect((await request.get('/api/health')).status()).toBe(200);
  });
});
