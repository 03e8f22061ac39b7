'use client';
// "Download … as PNG / SVG": a chart's picture with its caption (the view in words, the time of the data
// and the page's address), named after the view like every export.
import { useState } from 'react';
import type { ImageCaption } from '@/lib/share/caption';
import { chartPng, chartSvg, downloadBlob, svgToPng, type ChartSource } from './chart-image';

export function ImageDownloads({
  name,
  source,
  svg,
  caption,
  fileName,
  formats = ['png', 'svg'],
  disabled,
}: {
  /** "frequency chart": the buttons say "Download frequency chart as PNG". */
  name: string;
  /** The chart's SVG or canvas as drawn now. */
  source: () => ChartSource | null;
  /** A chart drawn on a canvas that can also write itself as SVG: its SVG document, for both formats. */
  svg?: (caption: ImageCaption) => string | null;
  caption: () => ImageCaption;
  fileName: (extension: 'png' | 'svg') => string;
  formats?: ('png' | 'svg')[];
  disabled?: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const download = async (format: 'png' | 'svg') => {
    setError(null);
    const el = source();
    try {
      if (!el) throw new Error('the chart is not drawn yet');
      const own = svg ? svg(caption()) : undefined;
      if (own === null) throw new Error('the chart is not drawn yet');
      const text = own ?? (format === 'svg' ? chartSvg(el as SVGSVGElement, caption()) : null);
      const blob =
        text === null
          ? await chartPng(el, caption())
          : format === 'png'
            ? await svgToPng(text)
            : new Blob([text], { type: 'image/svg+xml' });
      downloadBlob(blob, fileName(format));
    } catch (e) {
      setError(`Could not make the image: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      {formats.map((f) => (
        <button
          key={f}
          type="button"
          disabled={disabled}
          aria-label={`Download ${name} as ${f.toUpperCase()}`}
          title={`Download ${name} as ${f.toUpperCase()}, with the filters and the time of the data written in it`}
          onClick={() => void download(f)}
        >
          {f.toUpperCase()}
        </button>
      ))}
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
