// Loads dictionaries/figures/claims.yaml: the cues that make a figure a target, plan, rule or background claim.
import { loadYamlDictionary, regexSource, type Zod } from '../dictionary/index.js';
import type { Claim } from '../model/document.js';

const fileSchema = (z: Zod) =>
  z.strictObject({
    cues: z.strictObject({
      achieved: z.array(regexSource(z)).min(1),
      target: z.array(regexSource(z)).min(1),
      plan: z.array(regexSource(z)).min(1),
      rule: z.array(regexSource(z)).min(1),
      background: z.array(regexSource(z)).min(1),
    }),
    'clause-cues': z.strictObject({ target: z.array(regexSource(z)).optional(), plan: z.array(regexSource(z)).optional(), rule: z.array(regexSource(z)).optional() }),
    documents: z.strictObject({ plan: regexSource(z), rule: regexSource(z) }),
    done: regexSource(z),
    sections: regexSource(z),
  });

export interface ClaimDictionary {
  /** One pattern a claim, each with the `g` flag, to find the last cue before a number. */
  cues: [Claim, RegExp][];
  /** Cues that count only within the figure's clause, as the background cues do. */
  clauseCues: [Claim, RegExp][];
  documents: [Claim, RegExp][];
  /** Target and plan cues, unanchored and without the `g` flag, to test a stretch of text. */
  intentions: [Claim, RegExp][];
  /** A clause saying its work is done: its figures are achieved whatever the document plans. */
  done: RegExp;
  sections: RegExp;
}

const loaded = new Map<string, ClaimDictionary>();

export function loadClaims(file = 'figures/claims.yaml'): ClaimDictionary {
  let dictionary = loaded.get(file);
  if (!dictionary) {
    const data = loadYamlDictionary(file, fileSchema);
    dictionary = {
      cues: (Object.entries(data.cues) as [Claim, string[]][]).map(([claim, words]) => [claim, new RegExp(words.join('|'), 'gu')]),
      intentions: (['target', 'plan'] as const).map((claim): [Claim, RegExp] => [claim, new RegExp(data.cues[claim].join('|'), 'u')]),
      clauseCues: (Object.entries(data['clause-cues']) as [Claim, string[] | undefined][]).filter(([, words]) => words && words.length > 0).map(([claim, words]) => [claim, new RegExp(words!.join('|'), 'gu')]),
      documents: [['plan', new RegExp(data.documents.plan, 'u')], ['rule', new RegExp(data.documents.rule, 'u')]],
      done: new RegExp(data.done, 'u'),
      sections: new RegExp(data.sections, 'u'),
    };
    loaded.set(file, dictionary);
  }
  return dictionary;
}
