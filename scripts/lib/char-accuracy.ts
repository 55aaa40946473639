// Character accuracy of recognized text against the true text: 1 − edit distance / true length, compared
// after normalization and with whitespace removed (OCR and layout spacing are not what is measured).
import { normalize } from '../../src/normalize/index.js';

function comparable(text: string): string[] {
  return [...normalize(text).text.replace(/\s+/g, '')];
}

export function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function characterAccuracy(recognized: string, truth: string): number {
  const expected = comparable(truth);
  return expected.length === 0 ? 1 : Math.max(0, 1 - editDistance(comparable(recognized), expected) / expected.length);
}
