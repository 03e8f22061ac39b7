// The dashboard in a real browser with N synthetic events in the database: time from navigation to
// the first timeline items, to the chart's bars and to the time axis drawn, the DOM size after scrolling
// the timeline, and the frame rate while the time axis is dragged (requestAnimationFrame intervals).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { loadSynthetic } from '../db/jobs/bulk';
import { openPglite } from '../db/client';
import { seedIfEmpty } from '../db/jobs/seed';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { type Page } from '@playwright/test';
import { timePageQueries, type PageQueryTimes } from './page-queries';
import { writeResult } from './results';
import { loadSteps, medianSteps, STEP_RECORDER, type LoadSteps } from './steps';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A fresh embedded database with the seed and `events` synthetic events: its folder, and the page's queries timed. */
async function syntheticDataDir(events: number): Promise<{ dir: string; queries: PageQueryTimes }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-ui-'));
  const database = await openPglite(dir);
  await seedIfEmpty(database.db);
  await loadSynthetic({ database, count: events, seed: 1 });
  const queries = await timePageQueries(database, 'synthetic');
  await database.close();
  return { dir, queries };
}

/** Frames per second while the time axis is dragged across and back: p50 and p95 (the slow frames). */
async function panFrameRate(page: Page): Promise<{ p50: number; p95: number; frames: number }> {
  const canvas = page.getByTestId('time-axis-canvas');
  const box = (await canvas.boundingBox())!;
  // Plain script text: the bundler's helpers (__name) do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.down();
  // Across, back and across again, 60 pointer moves each, as a hand drags.
  for (const to of [0.2, 0.8, 0.3]) await page.mouse.move(box.x + box.width * to, y, { steps: 60 });
  await page.mouse.up();
  const frames = await page.evaluate<number[]>('(() => { window.__stop = true; return window.__frames; })()');
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: Math.round(1000 / at(0.5)), p95: Math.round(1000 / at(0.95)), frames: intervals.length };
}

/** Waits (up to ten minutes: a first build is slow) for the server to answer its health check. */
async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

type BrowserResult = {
  firstItemsMs: { p50: number };
  chartDrawnMs: { p50: number };
  timeAxisDrawnMs: { p50: number };
  timeAxisPanFps: { p50: number; p95: number; frames: number };
  domNodesAfterScrolling: { count: number; scrolledToEvent: number };
  steps: Record<keyof LoadSteps, number | null>;
  pageQueries: PageQueryTimes;
};

function printBrowser(r: BrowserResult) {
  const pan = r.timeAxisPanFps;
  console.log(
    `   first timeline items p50 ${r.firstItemsMs.p50} ms (target ≤ 1500), chart drawn p50 ${r.chartDrawnMs.p50} ms`,
  );
  console.log(
    `   time axis drawn p50 ${r.timeAxisDrawnMs.p50} ms (target ≤ 1500); while dragging it ` +
      `${pan.p50} fps p50, ${pan.p95} fps p95 over ${pan.frames} frames (target ≥ 30)`,
  );
  const { count, scrolledToEvent } = r.domNodesAfterScrolling;
  console.log(
    `   DOM nodes after scrolling to event ${scrolledToEvent.toLocaleString('en')}: ${count} (target ≤ 2000)`,
  );
  const q = Object.entries(r.pageQueries).map(([name, t]) => `${name} ${t.p50Ms} ms (${t.jsonKb} kB)`);
  console.log(`   the page's queries in-process, p50: ${q.join(', ')}`);
  console.log(`   steps, p50 ms from navigation: ${JSON.stringify(r.steps)}`);
}

/**
 * One page load: ms from navigation to the first timeline items and to the chart's bars, each read once
 * the one before it is there; and to the time axis drawn, by its own clock (steps.ts records, in the page,
 * when its painter marked it drawn), so that it is not read late behind the others. `axisAfterChart` is the
 * axis read after the chart, as this bench read it before 7 December 2026.
 */
async function loadDashboard(
  page: Page,
  base: string,
): Promise<{ items: number; chart: number; axis: number; axisAfterChart: number }> {
  const now = () => page.evaluate(() => performance.now());
  await page.goto(`${base}/?conflict=synthetic`, { waitUntil: 'commit' });
  await page.locator('[role=feed] article').first().waitFor();
  const items = await now();
  await page.locator('[data-testid=frequency-chart] .recharts-bar-rectangle').first().waitFor();
  const chart = await now();
  await page.locator('[data-testid=time-axis-canvas][data-state=drawn]').waitFor();
  const axisAfterChart = await now();
  const axis = await page.evaluate<number | null>('window.__steps && window.__steps.canvasDrawn');
  return { items, chart, axis: axis ?? axisAfterChart, axisAfterChart };
}

/** The DOM's size after the timeline has been scrolled a long way, and the last event it shows. */
async function domAfterScrolling(page: Page): Promise<{ count: number; scrolledToEvent: number }> {
  const feed = page.locator('.timeline-scroll');
  for (let s = 0; s < 25; s++) {
    await feed.evaluate((el) => el.scrollBy(0, 2500));
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(800);
  const count = await page.evaluate(() => document.getElementsByTagName('*').length);
  const scrolledToEvent = await page.evaluate(() =>
    Number(document.querySelector('[role=feed] article:last-of-type')?.getAttribute('aria-posinset') ?? 0),
  );
  return { count, scrolledToEvent };
}

export async function benchBrowser({ events, runs }: { events: number; runs: number }) {
  console.log(`\n== browser: dashboard with ${events.toLocaleString('en')} synthetic events`);
  const { dir, queries } = await syntheticDataDir(events);
  console.log(`   the page's queries timed in-process: ${JSON.stringify(queries)}`);

  const port = 3311;
  const server = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FAULTLINE_DATA_DIR: dir,
      FAULTLINE_DATA_DIR_EPHEMERAL: '1',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base);
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    });
    const firstItems: number[] = [];
    const chartDrawn: number[] = [];
    const axisDrawn: number[] = [];
    const axisAfterChart: number[] = [];
    const steps: LoadSteps[] = [];
    let pan = { p50: 0, p95: 0, frames: 0 };
    let dom = { count: 0, scrolledToEvent: 0 };
    for (let run = 0; run < runs + 1; run++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await page.addInitScript(STEP_RECORDER);
      const times = await loadDashboard(page, base);
      if (run > 0) {
        // the first run warms the server
        firstItems.push(times.items);
        chartDrawn.push(times.chart);
        axisDrawn.push(times.axis);
        axisAfterChart.push(times.axisAfterChart);
        steps.push(await loadSteps(page));
      }
      if (run === 1) pan = await panFrameRate(page);
      if (run === runs) dom = await domAfterScrolling(page);
      await page.close();
    }
    await browser.close();
    const result = {
      events,
      runs,
      firstItemsMs: { p50: Math.round(median(firstItems)), all: firstItems.map(Math.round), target: 1500 },
      chartDrawnMs: { p50: Math.round(median(chartDrawn)), all: chartDrawn.map(Math.round) },
      timeAxisDrawnMs: { p50: Math.round(median(axisDrawn)), all: axisDrawn.map(Math.round), target: 1500 },
      timeAxisReadAfterChartMs: { p50: Math.round(median(axisAfterChart)), all: axisAfterChart.map(Math.round) },
      timeAxisPanFps: { ...pan, target: 30 },
      domNodesAfterScrolling: { ...dom, target: 2000 },
      steps: medianSteps(steps),
      stepsAll: steps,
      pageQueries: queries,
      at: new Date().toISOString(),
    };
    printBrowser(result);
    writeResult(`browser-${events}.json`, result);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}
