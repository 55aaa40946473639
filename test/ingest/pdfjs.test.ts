// Reading a PDF leaves the engine's own push, JSON and Function.prototype.toString in place: pdf.js's legacy build
// replaces them with slower polyfills for the whole process (src/ingest/pdfjs.ts puts them back).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';

const SAMPLE = new URL('../../corpus/samples/03-water-company.pdf', import.meta.url).pathname;
// Taken before any PDF is read in this file's process: core-js's toString would claim native code for its polyfills.
const engine = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse, toString: Function.prototype.toString };
const isNative = (f: unknown) => engine.toString.call(f).includes('[native code]');

describe('pdf.js and the built-ins', () => {
  it('keeps native push, JSON.stringify, JSON.parse and toString after a PDF is read', async () => {
    const { text } = await extract(readFileSync(SAMPLE), '03-water-company.pdf', { ocr: false });
    expect(text.length).toBeGreaterThan(100);
    expect(Array.prototype.push).toBe(engine.push);
    expect(JSON.stringify).toBe(engine.stringify);
    expect(JSON.parse).toBe(engine.parse);
    expect(Function.prototype.toString).toBe(engine.toString);
    for (const f of [Array.prototype.push, JSON.stringify, JSON.parse, Function.prototype.toString]) expect(isNative(f)).toBe(true);
    // What pdf.js needs of core-js and the engine lacks stays.
    expect(typeof (Map.prototype as { getOrInsertComputed?: unknown }).getOrInsertComputed).toBe('function');
  });
});
