// Turns a photographed or scanned page into what OCR reads best: background (shadow, uneven light) evened out,
// the skew angle estimated from the text lines and undone, and the page binarized with Otsu's threshold.
import type { GrayPage } from './image-decode.js';

/** Skew is searched within ±this many degrees. */
const MAX_SKEW = 10;
/** Smaller corrections than this are left alone (resampling costs more than it brings). */
const MIN_SKEW = 0.15;

/** Otsu's global threshold of a grayscale histogram. */
export function otsuThreshold(gray: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (const v of gray) histogram[v]!++;
  const total = gray.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * histogram[i]!;
  let sumBackground = 0;
  let weightBackground = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    weightBackground += histogram[t]!;
    if (weightBackground === 0) continue;
    const weightForeground = total - weightBackground;
    if (weightForeground === 0) break;
    sumBackground += t * histogram[t]!;
    const meanB = sumBackground / weightBackground;
    const meanF = (sum - sumBackground) / weightForeground;
    const between = weightBackground * weightForeground * (meanB - meanF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * Divides the page by an estimate of its paper brightness (the brightest pixels of coarse blocks, smoothed and
 * interpolated), so a shadow or a dim corner becomes white paper again and ink keeps its contrast.
 */
export function normalizeBackground(page: GrayPage, block = 32): GrayPage {
  const { width, height, gray } = page;
  const gw = Math.ceil(width / block);
  const gh = Math.ceil(height / block);
  let grid = new Float64Array(gw * gh);
  for (let by = 0; by < gh; by++) {
    for (let bx = 0; bx < gw; bx++) {
      // A high percentile rather than the maximum, so one bright speck does not set the paper level.
      const values: number[] = [];
      for (let y = by * block; y < Math.min(height, (by + 1) * block); y += 2) {
        for (let x = bx * block; x < Math.min(width, (bx + 1) * block); x += 2) values.push(gray[y * width + x]!);
      }
      values.sort((a, b) => a - b);
      grid[by * gw + bx] = values[Math.floor(values.length * 0.9)] ?? 255;
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    const next = new Float64Array(gw * gh);
    for (let y = 0; y < gh; y++) {
      for (let x = 0; x < gw; x++) {
        let s = 0;
        let n = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const yy = y + dy;
            const xx = x + dx;
            if (yy < 0 || yy >= gh || xx < 0 || xx >= gw) continue;
            s += grid[yy * gw + xx]!;
            n++;
          }
        }
        next[y * gw + x] = s / n;
      }
    }
    grid = next;
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const gy = Math.min(gh - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(gy);
    const y1 = Math.min(gh - 1, y0 + 1);
    const fy = gy - y0;
    for (let x = 0; x < width; x++) {
      const gx = Math.min(gw - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const x0 = Math.floor(gx);
      const x1 = Math.min(gw - 1, x0 + 1);
      const fx = gx - x0;
      const background =
        grid[y0 * gw + x0]! * (1 - fx) * (1 - fy) + grid[y0 * gw + x1]! * fx * (1 - fy) + grid[y1 * gw + x0]! * (1 - fx) * fy + grid[y1 * gw + x1]! * fx * fy;
      out[y * width + x] = Math.min(255, Math.round((gray[y * width + x]! * 255) / Math.max(background, 1)));
    }
  }
  return { width, height, gray: out };
}

/**
 * The skew of the text lines in degrees (positive: lines fall to the right, i.e. the page is rotated clockwise),
 * found as the angle whose horizontal projection of ink pixels has the largest variance: lines of text
 * give sharp peaks and gaps only when projected along their own direction.
 */
export function estimateSkew(page: GrayPage): number {
  // Work on a copy about 800 pixels wide; the angle does not need full resolution.
  const step = Math.max(1, Math.round(page.width / 800));
  const threshold = Math.min(otsuThreshold(page.gray), 200);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < page.height; y += step) {
    for (let x = 0; x < page.width; x += step) {
      if (page.gray[y * page.width + x]! < threshold) {
        xs.push(x / step);
        ys.push(y / step);
      }
    }
  }
  if (xs.length < 50) return 0;
  const span = Math.ceil(Math.hypot(page.width, page.height) / step) + 2;
  const score = (degrees: number): number => {
    const radians = (degrees * Math.PI) / 180;
    const sin = Math.sin(radians);
    const cos = Math.cos(radians);
    const bins = new Float64Array(2 * span);
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i]! * cos - xs[i]! * sin) + span]!++;
    let sumSquares = 0;
    for (const b of bins) sumSquares += b * b;
    return sumSquares;
  };
  let best = 0;
  let bestScore = -1;
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.5) {
    const s = score(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  const coarse = best;
  for (let a = Math.max(-MAX_SKEW, coarse - 0.5); a <= Math.min(MAX_SKEW, coarse + 0.5) + 1e-9; a += 0.05) {
    const s = score(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  return Math.round(best * 100) / 100;
}

/** Rotates the page about its centre by `degrees` so that lines with that skew come out level (rotate(p, estimateSkew(p)) straightens p); bilinear, white outside. */
export function rotate(page: GrayPage, degrees: number): GrayPage {
  const { width, height, gray } = page;
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const cx = width / 2;
  const cy = height / 2;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Inverse mapping: where in the source this output pixel comes from.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      out[y * width + x] = Math.round(
        gray[i]! * (1 - fx) * (1 - fy) + gray[i + 1]! * fx * (1 - fy) + gray[i + width]! * (1 - fx) * fy + gray[i + width + 1]! * fx * fy,
      );
    }
  }
  return { width, height, gray: out };
}

/**
 * Ink or paper by Otsu's threshold. On a background-normalized page one global threshold holds everywhere; a
 * local (Sauvola) threshold was tried and broke clean pages into fragments that tesseract laid out as columns.
 */
export function binarize(page: GrayPage): GrayPage {
  const threshold = otsuThreshold(page.gray);
  return { width: page.width, height: page.height, gray: page.gray.map((v) => (v <= threshold ? 0 : 255)) };
}

export interface CleanedPage extends GrayPage {
  /** The skew that was found and undone, in degrees. */
  skew: number;
}

export function cleanPage(page: GrayPage): CleanedPage {
  const even = normalizeBackground(page);
  const skew = estimateSkew(even);
  const straight = Math.abs(skew) >= MIN_SKEW ? rotate(even, skew) : even;
  return { ...binarize(straight), skew };
}
