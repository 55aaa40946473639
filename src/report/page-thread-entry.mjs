// Starts the report's page thread from the TypeScript sources under tsx's loader (tests and scripts); the built
// CLI starts dist/report/page-thread.js directly.
const { register } = await import('tsx/esm/api');
register();
await import(new URL('./page-thread.ts', import.meta.url).href);
