'use client';
// The rendered width of an element, kept current by a ResizeObserver: an SVG map scales its text
// by it, so that labels stay readable (≥ 11 px) on a phone as on a desktop.
import { useCallback, useState } from 'react';

/** The ref returns its observer's clean-up, as React 19 ref callbacks may. */
export function useWidth<T extends Element>(fallback: number): [(el: T | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((el: T | null) => {
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
