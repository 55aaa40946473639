// Starts the workbook thread from the TypeScript sources under tsx's loader (tests and scripts); the built CLI
// starts dist/output/xlsx-thread.js directly.
const { register } = await import('tsx/esm/api');
register();
await import(new URL('./xlsx-thread.ts', import.meta.url).href);
