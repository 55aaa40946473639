// Turns counts into small inline SVG bar charts (no script, no external file), with the numbers as text so a
// chart still reads in print and to a screen reader.
import { html, type SafeHtml } from './html.js';

export interface Bar {
  label: string;
  value: number;
  /** A note under the label (the section's level). */
  note?: string;
  /** Drawn in the alarm colour. */
  alarm?: boolean;
}

/** Horizontal bars, one a row: long Chinese labels fit on the left. */
export function horizontalBars(bars: Bar[], title: string, total: number): SafeHtml {
  const rowHeight = 22;
  const labelWidth = 200;
  const width = 560;
  const barSpace = width - labelWidth - 70;
  const max = Math.max(1, total, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 6;
  return html`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${title}</title>${bars.map((b, i) => {
    const y = i * rowHeight + 3;
    const w = Math.round((b.value / max) * barSpace);
    return html`<g><text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" class="lbl">${b.label}${b.note ? ` ${b.note}` : ''}</text><rect x="${labelWidth}" y="${y + 3}" width="${Math.max(w, b.value > 0 ? 2 : 0)}" height="${rowHeight - 8}" class="${b.alarm ? 'bar alarm' : 'bar'}"></rect><text x="${labelWidth + w + 6}" y="${y + 15}" class="num">${b.value}</text></g>`;
  })}</svg>`;
}

/** Vertical bars over bins, with the bins' labels under them. */
export function histogram(bins: Bar[], title: string): SafeHtml {
  const width = 560;
  const height = 180;
  const bottom = 30;
  const top = 16;
  const step = (width - 20) / Math.max(1, bins.length);
  const max = Math.max(1, ...bins.map((b) => b.value));
  return html`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${title}</title><line x1="10" x2="${width - 10}" y1="${height - bottom}" y2="${height - bottom}" class="axis"></line>${bins.map((b, i) => {
    const h = Math.round((b.value / max) * (height - bottom - top));
    const x = 10 + i * step;
    return html`<g><rect x="${x + 3}" y="${height - bottom - h}" width="${step - 6}" height="${h}" class="${b.alarm ? 'bar alarm' : 'bar'}"></rect><text x="${x + step / 2}" y="${height - bottom - h - 4}" text-anchor="middle" class="num">${b.value || ''}</text><text x="${x + step / 2}" y="${height - 12}" text-anchor="middle" class="lbl">${b.label}</text></g>`;
  })}</svg>`;
}
