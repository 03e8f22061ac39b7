'use client';
// The time axis as an image file: its scene drawn again by the same drawScene into an SVG context (so
// the file is vector, whatever the screen's pixels), inside the caption every chart image carries.
import { useEffect, type RefObject } from 'react';
import type { ImageCaption } from '@/lib/share/caption';
import { captionedSvg } from '@/components/ui/chart-image';
import { AXIS_HEIGHT, drawScene, readTheme, type AxisScene } from './draw';
import { SvgContext } from '@/lib/axis/svg-context';

/** The axis as drawn now (its view, data and milestones; no highlight) as a standalone SVG document. */
export function timeAxisSvg(
  canvas: HTMLCanvasElement,
  scene: Omit<AxisScene, 'theme' | 'highlight'>,
  caption: ImageCaption,
): string {
  const measurer = document.createElement('canvas').getContext('2d')!;
  const ctx = new SvgContext((font, text) => {
    measurer.font = font;
    return measurer.measureText(text);
  });
  const { width } = scene;
  drawScene(ctx, { ...scene, highlight: null, theme: readTheme(canvas) });
  const inner =
    `<svg width="${width}" height="${AXIS_HEIGHT}" viewBox="0 0 ${width} ${AXIS_HEIGHT}" overflow="hidden">` +
    `${ctx.body()}</svg>`;
  return captionedSvg({ inner, width, height: AXIS_HEIGHT, caption, within: canvas });
}

/** The axis as drawn now as an SVG document with this caption, or null while nothing is drawn. */
export type AxisSvg = (caption: ImageCaption) => string | null;

/** Keeps `svgRef` set to what writes this canvas's current scene as SVG (the widget's downloads call it). */
export function useAxisSvg(
  svgRef: RefObject<AxisSvg | null>,
  canvasRef: RefObject<HTMLCanvasElement | null>,
  scene: () => Omit<AxisScene, 'theme' | 'highlight'> | null,
): void {
  useEffect(() => {
    svgRef.current = (caption) => {
      const [canvas, now] = [canvasRef.current, scene()];
      return canvas && now ? timeAxisSvg(canvas, now, caption) : null;
    };
    return () => {
      svgRef.current = null;
    };
  }, [svgRef, canvasRef, scene]);
}
