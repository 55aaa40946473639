// Starts the alignment worker from the TypeScript sources under tsx's loader (tests and scripts); the built CLI
// starts dist/batch/align-worker.js directly.
const { register } = await import('tsx/esm/api');
register();
await import(new URL('./align-worker.ts', import.meta.url).href);
