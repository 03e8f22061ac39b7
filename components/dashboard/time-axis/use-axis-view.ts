'use client';
// The time axis's live view and its canvas: gestures move the view many times a second and each move
// is painted in the next animation frame, without React; once a gesture has settled the view goes to
// the URL (From/To), and whenever the URL's window changes it becomes the view again.
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { viewBounds, type View } from '@/lib/axis/scale';
import { AXIS_HEIGHT, drawScene, readTheme, type AxisScene, type AxisTheme, type DrawnMark } from './draw';

/** How long the axis waits after the last wheel step, key or release before it moves the URL. */
export const SETTLE_MS = 400;

type SceneInput = Omit<AxisScene, 'view' | 'theme'>;

/** A painter that draws the latest scene and view in the next frame (at most once a frame). */
export function useAxisPainter(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  viewRef: RefObject<View | null>,
  scene: SceneInput,
): { paint: () => void; drawnRef: RefObject<DrawnMark[]>; scene: () => Omit<AxisScene, 'theme' | 'highlight'> | null } {
  const latest = useRef(scene);
  const drawnRef = useRef<DrawnMark[]>([]);
  const frame = useRef(0);
  const theme = useRef<AxisTheme | null>(null);
  const paint = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const canvas = canvasRef.current;
      const view = viewRef.current;
      // The first frame comes before the box's ResizeObserver has reported: the canvas knows its width.
      const s = { ...latest.current, width: latest.current.width || (canvas?.clientWidth ?? 0) };
      if (!canvas || !view || s.width <= 0) return;
      const dpr = window.devicePixelRatio || 1;
      const [w, h] = [Math.round(s.width * dpr), Math.round(AXIS_HEIGHT * dpr)];
      if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      theme.current ??= readTheme(canvas);
      drawnRef.current = drawScene(ctx, { ...s, view, theme: theme.current });
      // For tests and the bench: what was drawn, not pixels.
      canvas.dataset.state = s.data ? 'drawn' : 'waiting';
      canvas.dataset.mode = s.data?.mode ?? '';
    });
  }, [canvasRef, viewRef]);
  useEffect(() => {
    latest.current = scene;
    paint();
  });
  useEffect(() => {
    // The theme switch sets data-theme on <html>: read the colours again.
    const observer = new MutationObserver(() => {
      theme.current = null;
      paint();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [paint]);
  /** The scene as last drawn (for an image of it), or null before the first drawing. */
  const current = useCallback(() => {
    const view = viewRef.current;
    const { width, data, milestones } = latest.current;
    return view && data && width > 0 ? { view, width, data, milestones } : null;
  }, [viewRef]);
  return { paint, drawnRef, scene: current };
}

/**
 * The view: the URL's window, until a gesture moves it. `change` paints a new view; once nothing has
 * moved for SETTLE_MS (and no pointer is down) the view's whole days are committed to the URL.
 */
export function useAxisView(
  urlView: View | null,
  onCommit: (bounds: { from: string; to: string }) => void,
  paintRef: RefObject<() => void>,
) {
  const viewRef = useRef<View | null>(null);
  const busy = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ urlView, onCommit });
  useEffect(() => {
    latest.current = { urlView, onCommit };
  });
  const [start, end] = urlView ? [urlView.start, urlView.end] : [NaN, NaN];
  // A new window in the URL (this axis's own, the brush, From/To, back/forward) becomes the view,
  // unless a gesture is under way: it will settle against the new URL.
  useLayoutEffect(() => {
    if (Number.isNaN(start) || (busy.current && viewRef.current)) return;
    viewRef.current = { start, end };
    paintRef.current();
  }, [start, end, paintRef]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const settle = useCallback(() => {
    busy.current = false;
    const { urlView: now, onCommit: commit } = latest.current;
    const view = viewRef.current;
    if (!now || !view) return;
    const next = viewBounds(view);
    const current = viewBounds(now);
    if (next.from !== current.from || next.to !== current.to) return commit(next);
    viewRef.current = now;
    paintRef.current();
  }, [paintRef]);

  const change = useCallback(
    (view: View, ongoing: boolean) => {
      viewRef.current = view;
      busy.current = true;
      paintRef.current();
      window.clearTimeout(timer.current);
      if (!ongoing) timer.current = window.setTimeout(settle, SETTLE_MS);
    },
    [paintRef, settle],
  );
  /** Drops a gesture that has not settled yet (Reset clears the URL's window instead). */
  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    busy.current = false;
  }, []);
  return { viewRef, change, cancel };
}
