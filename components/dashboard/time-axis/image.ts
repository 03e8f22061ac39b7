'use client';
// The time axis as a PNG: the canvas as drawn (at the screen's pixel ratio) on the theme's surface,
// with a caption under it (the view, the filters), for a "Download image" button.
import { readTheme } from './draw';

const CAPTION_PX = 28;

/** Renders a drawn canvas with a caption line below it to a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement, caption: string): Promise<Blob> {
  const ratio = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height + Math.round(CAPTION_PX * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('This browser cannot draw the image'));
  const theme = readTheme(canvas);
  ctx.fillStyle = theme.surface;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, 0, 0);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = theme.muted;
  ctx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  ctx.fillText(caption, 4, canvas.height / ratio + 18, out.width / ratio - 8);
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))), 'image/png'),
  );
}

/** The dashboard's time axis (found by its data-export mark) as a PNG with a caption, or null when none is drawn. */
export function timeAxisPng(caption: string, root: ParentNode = document): Promise<Blob> | null {
  const canvas = root.querySelector<HTMLCanvasElement>('canvas[data-export="time-axis"][data-state="drawn"]');
  return canvas ? canvasToPng(canvas, caption) : null;
}
