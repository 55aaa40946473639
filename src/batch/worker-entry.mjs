// Starts the worker from the TypeScript sources under tsx's loader (tests and scripts); the built CLI starts
// dist/batch/worker.js directly.
const { register } = await import('tsx/esm/api');
register();
await import(new URL('./worker.ts', import.meta.url).href);
