#!/usr/bin/env node
// Runs the wenshen CLI from its compiled JavaScript in dist/ (built by `npm ci` through `prepare`, or `npm run build`).
try {
  await import('../dist/cli.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli.js')) throw e;
  process.stderr.write('wenshen: not built yet (no dist/cli.js); run `npm run build` in the wenshen folder (`npm ci` does it too).\n');
  process.exitCode = 2;
}
