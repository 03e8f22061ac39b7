'use client';
// Pointer and wheel gestures on the time axis: drag to pan, two pointers to pinch (pointer events, so
// touch, pen and mouse alike), the wheel to zoom around the pointer (sideways to pan), a tap to pick.
import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { panView, zoomView, type View } from '@/lib/axis/scale';

/** Beyond this many pixels a press is a drag, not a tap. */
const TAP_SLOP = 5;

export interface GestureTarget {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  viewRef: RefObject<View | null>;
  domain: View;
  /** A new view; `ongoing` while a pointer is still down (the URL waits for the gesture to settle). */
  onChange: (view: View, ongoing: boolean) => void;
  onTap: (x: number, y: number) => void;
  onHover: (x: number, y: number) => void;
}

type Point = { x: number; y: number };

const local = (canvas: HTMLCanvasElement, e: { clientX: number; clientY: number }): Point => {
  const r = canvas.getBoundingClientRect();
  return { x: e.clientX - r.left, y: e.clientY - r.top };
};

/** The view after the pointers moved from `before` to `after` (one: pan; two: pinch around their middle). */
function moved(view: View, before: Point[], after: Point[], width: number, domain: View): View {
  const span = view.end - view.start;
  if (before.length === 1) return panView(view, (-(after[0]!.x - before[0]!.x) / width) * span, domain);
  const [a0, b0] = before as [Point, Point];
  const [a1, b1] = after as [Point, Point];
  const d0 = Math.max(Math.abs(a0.x - b0.x), 10);
  const d1 = Math.max(Math.abs(a1.x - b1.x), 10);
  const mid0 = (a0.x + b0.x) / 2;
  const mid1 = (a1.x + b1.x) / 2;
  const zoomed = zoomView(view, d0 / d1, mid0 / width, domain);
  return panView(zoomed, (-(mid1 - mid0) / width) * (zoomed.end - zoomed.start), domain);
}

export function useAxisGestures(target: GestureTarget) {
  const t = useRef(target);
  useEffect(() => {
    t.current = target;
  });
  const pointers = useRef(new Map<number, Point>());
  const press = useRef<{ start: Point; dragged: boolean } | null>(null);

  // The wheel needs a listener that may cancel the page's scroll: React's are passive.
  useEffect(() => {
    const canvas = target.canvasRef.current;
    if (!canvas) return;
    const onWheel = (e: WheelEvent) => {
      const { viewRef, domain, onChange } = t.current;
      const view = viewRef.current;
      if (!view || !canvas.clientWidth) return;
      const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? canvas.clientWidth : 1;
      const [dx, dy] = [e.deltaX * scale, e.deltaY * scale];
      const span = view.end - view.start;
      const next =
        Math.abs(dx) > Math.abs(dy)
          ? panView(view, (dx / canvas.clientWidth) * span, domain)
          : zoomView(view, Math.exp(dy * 0.0015), local(canvas, e).x / canvas.clientWidth, domain);
      // At the widest view, scrolling on moves the page instead.
      if (next.start === view.start && next.end === view.end) return;
      e.preventDefault();
      onChange(next, false);
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [target.canvasRef]);

  const onPointerDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const p = local(e.currentTarget, e);
    e.currentTarget.setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, p);
    press.current = pointers.current.size === 1 ? { start: p, dragged: false } : { start: p, dragged: true };
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const p = local(e.currentTarget, e);
    const { viewRef, domain, onChange, onHover } = t.current;
    if (!pointers.current.has(e.pointerId)) return onHover(p.x, p.y);
    const before = [...pointers.current.values()];
    pointers.current.set(e.pointerId, p);
    const after = [...pointers.current.values()];
    const drag = press.current;
    if (drag && !drag.dragged && Math.hypot(p.x - drag.start.x, p.y - drag.start.y) < TAP_SLOP) return;
    if (drag) drag.dragged = true;
    const view = viewRef.current;
    if (!view || before.length > 2) return;
    onChange(moved(view, before, after, e.currentTarget.clientWidth, domain), true);
  };

  const onPointerEnd = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (!pointers.current.delete(e.pointerId)) return;
    if (pointers.current.size) return;
    const drag = press.current;
    press.current = null;
    const { viewRef, onChange, onTap } = t.current;
    if (drag && !drag.dragged && e.type === 'pointerup') onTap(drag.start.x, drag.start.y);
    else if (viewRef.current) onChange(viewRef.current, false);
  };

  return { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd };
}
