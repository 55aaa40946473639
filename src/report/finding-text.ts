// Turns a finding of the analysis into the sentence a Chinese reviewer reads: known rule families are worded
// from report-labels.yaml with the finding's own words; a rule the labels do not know keeps its message.
import type { Finding } from '../model/document.js';
import type { ReportDocument } from './input.js';
import { codeLabel, reportLabels, t } from './labels.js';

/** The label key of each rule family, by rule id prefix; the longest matching prefix wins. */
const FAMILIES: [prefix: string, key: string][] = [
  ['sections/missing/', 'finding.sections-missing'],
  ['sections/not-applicable', 'finding.sections-not-applicable'],
  ['figures/placeholder/', 'finding.placeholder'],
  ['normalize/site-residue/', 'finding.site-residue'],
  ['reuse/foreign-unit', 'finding.foreign-unit'],
  ['reuse/stale/era', 'finding.stale-era'],
  ['reuse/stale/year', 'finding.stale-year'],
  ['reuse/stale/foreign-name', 'finding.stale-foreign-name'],
  ['structure/compilation', 'finding.compilation'],
  ['structure/numbering-', 'finding.numbering'],
];

export function findingText(finding: Pick<Finding, 'ruleId' | 'message' | 'text'>, doc: Pick<ReportDocument, 'checklist'>): string {
  const family = FAMILIES.find(([prefix]) => finding.ruleId.startsWith(prefix));
  if (!family || !(family[1] in reportLabels())) return finding.message;
  const [prefix, key] = family;
  if (key === 'finding.sections-missing') {
    const section = doc.checklist.find((c) => c.id === finding.ruleId.slice(prefix.length));
    if (!section) return finding.message;
    return t(key, { section: section.label, level: codeLabel('levelName', section.level) });
  }
  return t(key, { text: finding.text });
}
