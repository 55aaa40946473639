// Turns a document's record and its detected reuse into the amended record: the reuse field, figures and
// honors inside copied passages marked `copied`, and a finding for a source's unit name left in a passage.
import type { DocumentRecord, Finding } from '../model/document.js';
import type { DetectedReuse } from './detect.js';
import { copiedAt, reuseRecord } from './report.js';
import { originalSpan } from './reuse-text.js';

export function amendRecord(record: DocumentRecord, detected: DetectedReuse, reuse = reuseRecord(detected)): DocumentRecord {
  record.reuse = reuse;
  for (const figure of record.figures) {
    const copied = copiedAt(detected, figure);
    if (copied) figure.copied = copied;
  }
  for (const honor of record.honors) {
    const copied = copiedAt(detected, honor);
    if (copied) honor.copied = copied;
  }
  // The text-wide check may already name the same words (reuse/stale/foreign-name): one finding per name.
  const named = new Set(record.findings.filter((f) => f.ruleId === 'reuse/stale/foreign-name').map((f) => f.start));
  record.findings.push(...foreignUnitFindings(detected, record.unit?.text ?? null).filter((f) => !named.has(f.start)));
  return record;
}

/** Whether amending changes more than the reuse field: then the whole record is rendered again. */
export function needsFullAmend(detected: DetectedReuse): boolean {
  return detected.passages.length > 0;
}

/**
 * The source's own unit name copied into the document (not the document's unit): the template was not fully
 * adapted. One finding per passage, quoting the name where it stands.
 */
export function foreignUnitFindings(detected: DetectedReuse, unit: string | null): Finding[] {
  const findings: Finding[] = [];
  for (const p of detected.passages) {
    const name = p.source.unit;
    if (!name || name.length < 3 || (unit && (unit.includes(name) || name.includes(unit)))) continue;
    const span = originalSpan(detected.entry.text, p.aStart, p.aEnd);
    const at = detected.entry.original.slice(span.start, span.end).indexOf(name);
    if (at < 0) continue;
    findings.push({
      ruleId: 'reuse/foreign-unit',
      severity: 'warning',
      message: `"${name}", the unit of the copied source ${p.source.path}, is left in this document${unit ? ` (whose unit is "${unit}")` : ''}.`,
      start: span.start + at,
      end: span.start + at + name.length,
      text: name,
    });
  }
  return findings;
}
