// pdf.js's worker module, loaded only for what it does when it loads (it sets globalThis.pdfjsWorker): no types needed.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
