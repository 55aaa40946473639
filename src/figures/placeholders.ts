// Finds unfilled template residue (XX, ××, 20__, 某某, (单位名称)) and deleted-name traces in normalized text.
import { loadYamlDictionary, regexSource, type Zod } from '../dictionary/index.js';
import { oncePerFile } from '../dictionary/once-per-file.js';
import { opensWithLookaround } from '../dictionary/word-pattern.js';
import type { PlaceholderKind, Span } from '../model/document.js';
import { PLACEHOLDER_KINDS } from '../model/vocabulary.js';

const fileSchema = (z: Zod) =>
  z.strictObject({
    patterns: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z-]+$/),
          kind: z.enum(PLACEHOLDER_KINDS),
          pattern: regexSource(z).refine((source) => !opensWithLookaround(source), {
            message: 'an alternative opens with a lookaround, which is tried at every character: open with its first character and check what stands before it in a lookbehind ending with that character (某(?<![王李]某))',
          }),
          note: z.string(),
        }),
      )
      .min(1),
  });

export interface PlaceholderMatch extends Span {
  id: string;
  kind: PlaceholderKind;
  note: string;
}

const patternsOnce = oncePerFile((file: string) => loadYamlDictionary(file, fileSchema).patterns.map((p) => ({ ...p, pattern: new RegExp(p.pattern, 'gu') })));

export function loadPlaceholderPatterns(file = 'placeholders.yaml') {
  return patternsOnce(file);
}

/** Every placeholder, earlier patterns winning where two overlap, in text order. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const taken = new Uint8Array(text.length);
  const out: PlaceholderMatch[] = [];
  for (const p of loadPlaceholderPatterns()) {
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(text); m; m = p.pattern.exec(text)) {
      if (m[0].length === 0) {
        p.pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((t) => t === 1)) continue;
      taken.fill(1, start, end);
      out.push({ start, end, id: p.id, kind: p.kind, note: p.note });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
