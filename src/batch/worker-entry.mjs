// Starts the worker: under the TypeScript loader when running from source, directly when built.
const source = new URL('./worker.ts', import.meta.url);
const { existsSync } = await import('node:fs');
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('./worker.js', import.meta.url).href);
}
