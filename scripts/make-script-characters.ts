// Writes what workers would otherwise build OpenCC's converters for at start-up: dictionaries/script-characters.txt
// (the ideographs only traditional and only simplified text uses) and dictionaries/common-hanzi-traditional.txt
// (the traditional forms of common-hanzi.txt, which tell Big5 from GB18030).
// Run it again after upgrading opencc-js or editing common-hanzi.txt
// (test/normalize/script-characters.test.ts fails until then).
//   npx tsx scripts/make-script-characters.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARY_DIR } from '../src/dictionary/index.js';
import { COMMON_TRADITIONAL_FILE, commonTraditionalFromOpenCC } from '../src/ingest/encoding.js';
import { SCRIPT_CHARACTERS_FILE, scriptSetsFromOpenCC } from '../src/normalize/chinese-script.js';

const version = (JSON.parse(readFileSync(new URL('../node_modules/opencc-js/package.json', import.meta.url), 'utf8')) as { version: string }).version;
const { traditionalOnly, simplifiedOnly } = scriptSetsFromOpenCC();
const header = [
  '# Ideographs (U+3400–U+9FFF) that only one script uses: `traditional` ones change when a text is made simplified',
  '# (OpenCC t → cn), `simplified` ones change when it is made traditional (OpenCC cn → t), each ideograph converted',
  "# on its own. normalize counts them to tell a text's script; OpenCC itself loads only for a traditional text.",
  `# Generated from opencc-js ${version} by scripts/make-script-characters.ts; do not edit by hand.`,
];
const body = [`traditional ${[...traditionalOnly].join('')}`, `simplified ${[...simplifiedOnly].join('')}`];
writeFileSync(join(DICTIONARY_DIR, SCRIPT_CHARACTERS_FILE), [...header, ...body].join('\n') + '\n');
console.log(`${SCRIPT_CHARACTERS_FILE}: ${traditionalOnly.size} traditional, ${simplifiedOnly.size} simplified characters (opencc-js ${version})`);

const common = [...commonTraditionalFromOpenCC()];
const lines = Array.from({ length: Math.ceil(common.length / 50) }, (_, i) => common.slice(i * 50, i * 50 + 50).join(''));
writeFileSync(
  join(DICTIONARY_DIR, COMMON_TRADITIONAL_FILE),
  [
    '# The characters of common-hanzi.txt in traditional form (OpenCC cn → tw over the whole list, each character once, in',
    '# order): Big5 text scores high against them. Any number a line.',
    `# Generated from common-hanzi.txt and opencc-js ${version} by scripts/make-script-characters.ts; do not edit by hand.`,
    ...lines,
  ].join('\n') + '\n',
);
console.log(`${COMMON_TRADITIONAL_FILE}: ${common.length} characters`);
