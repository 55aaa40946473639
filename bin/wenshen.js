#!/usr/bin/env node
// Runs the wenshen CLI from its compiled JavaScript in dist/ (built by `npm ci` through `prepare`, or `npm run build`).
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
try {
  await import('../dist/cli.js');
} catch (e) {
  // Only a file of dist/ that is not there is a build to make; any other missing module is a bug, with its stack.
  const missing = e?.code === 'ERR_MODULE_NOT_FOUND' ? /Cannot find module '([^']+)'/.exec(String(e.message))?.[1] : undefined;
  if (!missing?.startsWith(DIST)) throw e;
  if (missing === `${DIST}cli.js`) {
    process.stderr.write('wenshen: not built yet (no dist/cli.js); run `npm run build` in the wenshen folder (`npm ci` does it too).\n');
  } else {
    // The build is incremental: with a file of dist/ deleted, `npm run build` alone believes it up to date.
    process.stderr.write(`wenshen: the build in dist/ is incomplete (no dist/${missing.slice(DIST.length)}); delete the dist folder and run \`npm run build\`.\n`);
  }
  process.exitCode = 2;
}
