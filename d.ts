import { findHonors } from './src/figures/honors.js';
import { normalize } from './src/normalize/index.js';
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  const n = normalize(readFileSync(f, 'utf8')).text;
  for (const h of findHonors(n)) console.log(JSON.stringify({ t: h.title, a: h.awarder, l: h.level, y: h.year, r: h.recipient, x: n.slice(h.start, h.end) }));
}
