// The structure stage's public face: headings with levels and spans, the section tree, numbering problems,
// inline enumerations, and the document's title, unit, period, genre and essays.
import type { Block, Evidence, Finding, HeadingRecord, Span } from '../model/document.js';
import { originalEvidence, overlapsNonBody, type NormalizedText } from '../normalize/index.js';
import { contentsLines } from './contents.js';
import { findHeadings, numberingProblems, type Heading, type LineInfo } from './headings.js';
import { isChrome, readMetadata } from './metadata.js';
import type { Genre } from '../model/document.js';

export type { Genre } from '../model/document.js';
export { loadStructureData, isChrome } from './metadata.js';

export type { HeadingRecord } from '../model/document.js';

export interface Structure {
  headings: HeadingRecord[];
  /** In normalized text, for the checklist. */
  normHeadings: (Heading & { sectionNorm: Span })[];
  title: Evidence | null;
  unit: Evidence | null;
  period: Evidence | null;
  genre: Genre;
  /** Original spans of the essays of a compilation page; empty for an ordinary report. */
  essays: Span[];
  findings: Finding[];
}

/** Normalized lines, each with the ingest block it came from when there is one. */
function linesOf(norm: NormalizedText, blocks: Block[]): LineInfo[] {
  const lines: LineInfo[] = [];
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  let k = 0;
  let start = 0;
  for (const line of norm.text.split('\n')) {
    const end = start + line.length;
    const at = norm.map.toOriginal(start, end).start;
    while (k < sorted.length && sorted[k]!.end <= at) k++;
    const block = sorted[k] && sorted[k]!.start <= at ? sorted[k] : undefined;
    lines.push({ start, end, block });
    start = end + 1;
  }
  return lines;
}

export function analyzeStructure(original: string, norm: NormalizedText, blocks: Block[]): Structure {
  const evidence = (span: Span): Evidence => originalEvidence(original, norm, span.start, span.end);
  const lines = linesOf(norm, blocks);
  // Site residue and template-site chrome (当前位置:…, 温馨提示:, 相关推荐) give no heading, title or unit.
  const bodyLines = lines.map((l) => (overlapsNonBody(norm, norm.map.toOriginal(l.start, l.end)) || isChrome(norm.text.slice(l.start, l.end).trim()) ? { ...l, end: l.start } : l));
  const headings = findHeadings(norm.text, bodyLines);
  // A section ends at the next heading of its level or higher: found for all headings in one pass from the end.
  const nextOfLevel: (Heading | undefined)[] = [];
  const open: Heading[] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    while (open.length > 0 && open[open.length - 1]!.level > headings[i]!.level) open.pop();
    nextOfLevel[i] = open[open.length - 1];
    open.push(headings[i]!);
  }
  const withSections = headings.map((h, i) => {
    const next = nextOfLevel[i];
    return { ...h, sectionNorm: { start: h.norm.start, end: next ? next.norm.start - 1 : norm.text.length } };
  });
  const lineAt = new Map<number, number>();
  bodyLines.forEach((l, i) => {
    if (!lineAt.has(l.start)) lineAt.set(l.start, i);
  });
  const headingLines = new Set(headings.map((h) => lineAt.get(h.norm.start) ?? -1));
  const pageTitle = norm.text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  // A table of contents gives no title or unit; its entries stay headings (a page cut after it has no others).
  const contents = contentsLines(norm.text, bodyLines);
  const meta = readMetadata(norm.text, bodyLines.map((l, i) => (contents.has(i) ? { ...l, end: l.start } : l)), headingLines, pageTitle);
  const findings: Finding[] = numberingProblems(headings).map((p) => ({
    ruleId: `structure/numbering-${p.kind}`,
    severity: 'warning',
    message: p.message,
    ...evidence(p.heading.norm),
  }));
  const essays = meta.essays.map((lineIndex, k) => {
    const start = bodyLines[lineIndex]!.start;
    const next = meta.essays[k + 1];
    return norm.map.toOriginal(start, next === undefined ? norm.text.length : bodyLines[next]!.start - 1);
  });
  if (essays.length > 0) {
    findings.push({ ruleId: 'structure/compilation', severity: 'warning', message: `A compilation of ${essays.length} essays (a template-site page); --split analyses each on its own.`, ...evidence({ start: bodyLines[meta.essays[0]!]!.start, end: bodyLines[meta.essays[0]!]!.end }) });
  }
  return {
    headings: withSections.map((h) => ({ ...evidence(h.norm), level: h.level, style: h.style, label: h.label, section: norm.map.toOriginal(h.sectionNorm.start, h.sectionNorm.end) })),
    normHeadings: withSections,
    title: meta.title ? evidence(meta.title) : null,
    unit: meta.unit ? evidence(meta.unit) : null,
    period: meta.period ? evidence(meta.period) : null,
    genre: meta.genre,
    essays,
    findings,
  };
}
