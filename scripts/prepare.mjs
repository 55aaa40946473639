// Builds dist/ at install time when the TypeScript compiler is installed; an install without it (`npm ci
// --dry-run`, `--omit=dev`) must not fail for that: bin/wenshen.js then says to run `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;
if (!existsSync(tsc)) {
  console.log('wenshen: TypeScript is not installed, so dist/ is not built; run `npm run build` once it is.');
  process.exit(0);
}
const cwd = new URL('..', import.meta.url).pathname;
const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd });
if (build.status !== 0) process.exit(build.status ?? 1);
// The dictionaries as the built code validates them, so that threads read JSON instead of YAML (src/dictionary/compiled.ts).
const compile = spawnSync(process.execPath, ['scripts/compile-dictionaries.mjs'], { stdio: 'inherit', cwd });
process.exit(compile.status ?? 1);
