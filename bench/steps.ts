// Where the dashboard's time goes, step by step, in one page load of the browser bench: the server's
// first byte and the last byte of its HTML (with the data prefetched into it), the page's scripts,
// the main thread's long tasks (script evaluation, hydration, drawing) and when the time axis's canvas
// appeared and was drawn. Times are ms from navigation start, as the bench's own figures are.
import type { Page } from '@playwright/test';

export interface LoadSteps {
  /** The server's first byte (it answers once the page's queries are done, or streams). */
  firstByte: number;
  /** The last byte of the HTML document, and its size on the wire. */
  htmlDone: number;
  htmlKb: number;
  /** The scripts the page loaded: how many, their size on the wire, and when the last one arrived. */
  scripts: number;
  scriptKb: number;
  scriptsDone: number;
  domContentLoaded: number;
  /** The axis's data answered in the browser (GET /api/stats/axis), when it was not streamed with the page. */
  axisFetchDone: number | null;
  /** The time axis's canvas in the document, and marked drawn by its painter. */
  canvasInDom: number | null;
  canvasDrawn: number | null;
  /** Long tasks (≥ 50 ms) on the main thread before the canvas was drawn: how many, their total time. */
  longTasks: number;
  longTaskMs: number;
}

/** Installed before the page's own scripts: records the canvas's arrival and first drawing, and long tasks. */
export const STEP_RECORDER = `(() => {
  const t = (window.__steps = { canvasInDom: null, canvasDrawn: null, long: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) t.long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const check = () => {
    const c = document.querySelector('[data-testid=time-axis-canvas]');
    if (c && t.canvasInDom === null) t.canvasInDom = performance.now();
    if (c && c.dataset.state === 'drawn' && t.canvasDrawn === null) t.canvasDrawn = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-state'] });
})()`;

const round = (x: number) => Math.round(x);

/** The steps of the page load just measured (call after the axis is drawn). */
export async function loadSteps(page: Page): Promise<LoadSteps> {
  const raw = await page.evaluate<{
    nav: { responseStart: number; responseEnd: number; transferSize: number; dcl: number };
    scripts: { end: number; size: number }[];
    axis: number | null;
    steps: { canvasInDom: number | null; canvasDrawn: number | null; long: [number, number][] };
  }>(`(() => {
    const n = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    const axis = res.find((r) => r.name.includes('/api/stats/axis'));
    return {
      nav: { responseStart: n.responseStart, responseEnd: n.responseEnd, transferSize: n.transferSize,
        dcl: n.domContentLoadedEventEnd },
      scripts: res
        .filter((r) => r.initiatorType === 'script')
        .map((r) => ({ end: r.responseEnd, size: r.transferSize })),
      axis: axis ? axis.responseEnd : null,
      steps: window.__steps,
    };
  })()`);
  const drawn = raw.steps.canvasDrawn ?? Infinity;
  const long = raw.steps.long.filter(([start]) => start < drawn);
  return {
    firstByte: round(raw.nav.responseStart),
    htmlDone: round(raw.nav.responseEnd),
    htmlKb: round(raw.nav.transferSize / 1024),
    scripts: raw.scripts.length,
    scriptKb: round(raw.scripts.reduce((s, r) => s + r.size, 0) / 1024),
    scriptsDone: round(Math.max(0, ...raw.scripts.map((r) => r.end))),
    domContentLoaded: round(raw.nav.dcl),
    axisFetchDone: raw.axis === null ? null : round(raw.axis),
    canvasInDom: raw.steps.canvasInDom === null ? null : round(raw.steps.canvasInDom),
    canvasDrawn: raw.steps.canvasDrawn === null ? null : round(raw.steps.canvasDrawn),
    longTasks: long.length,
    longTaskMs: round(long.reduce((s, [, d]) => s + d, 0)),
  };
}

/** Each step's median over the runs. */
export function medianSteps(runs: LoadSteps[]): Record<keyof LoadSteps, number | null> {
  const keys = Object.keys(runs[0] ?? {}) as (keyof LoadSteps)[];
  return Object.fromEntries(
    keys.map((k) => {
      const xs = runs.map((r) => r[k]).filter((x): x is number => x !== null);
      return [k, xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : null];
    }),
  ) as Record<keyof LoadSteps, number | null>;
}
