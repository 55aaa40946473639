import { readFileSync } from 'node:fs';
import { normalize } from './src/normalize/index.js';
import { segment } from './src/segment/index.js';
import { extractQuantities } from './src/figures/quantities.js';
import { extractFigures } from './src/figures/figures.js';
const text = readFileSync(process.argv[2]!, 'utf8');
const norm = normalize(text); const seg = segment(text, norm);
const figs = extractFigures(text, norm, seg.sentences, extractQuantities(norm.text));
for (const f of figs) console.log(f.category.padEnd(12), String(f.value).padEnd(10), (f.unit ?? '').padEnd(5), f.qualifier.padEnd(9), (f.metric ?? '-').padEnd(6), (f.subject ?? '-').padEnd(8), (f.period ?? '-').padEnd(6), f.text);
