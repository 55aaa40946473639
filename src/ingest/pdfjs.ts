// Loads pdf.js (its API and, in this thread, its worker's message handler) and gives the engine back the
// built-ins that the legacy build's polyfills replace.
//
// The legacy build bundles core-js, which on Node 20 (V8 11.3) replaces Array.prototype.push (V8 bug 12681, a
// non-writable length), JSON.stringify and JSON.parse (JSON.rawJSON, source text access) and
// Function.prototype.toString with JavaScript versions, for the whole process. After the first PDF every push
// and every JSON.stringify of the pipeline ran through them: a figure's JSON took 30 µs of CPU instead of 3, and a
// worker spent 5% of its time in that push alone. pdf.js uses none of what they add; what core-js adds without
// replacing (Map.prototype.getOrInsertComputed, Promise.withResolvers…) stays.
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

const REPLACED: [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

let loading: Promise<typeof PdfJs> | undefined;

/** pdf.js, loaded once; the built-ins it replaced are the engine's again when this resolves. */
export function loadPdfJs(): Promise<typeof PdfJs> {
  return (loading ??= (async () => {
    const engine = REPLACED.map(([holder, key]) => Object.getOwnPropertyDescriptor(holder, key)!);
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // Loaded now rather than at the first document (where pdf.js would import it): its polyfills run here, before
      // the built-ins are put back. It sets globalThis.pdfjsWorker, where pdf.js looks for a handler first.
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      REPLACED.forEach(([holder, key], i) => Object.defineProperty(holder, key, engine[i]!));
    }
  })());
}
