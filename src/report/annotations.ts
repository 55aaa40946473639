// Turns a document record into what its page marks: one annotation per figure, honor, placeholder, copied
// passage, heading, finding and checklist evidence, each with its highlight classes and its side-panel entry.
import { findingText } from './finding-text.js';
import type { Highlight } from './highlights.js';
import { usable } from './highlights.js';
import type { ReportDocument, ReusePassage } from './input.js';
import { categoryClass, categoryLabel, codeLabel, count, figureValue, percent, sourceKindClass, sourceKindLabel, t } from './labels.js';

export type AnnotationKind = 'figure' | 'honor' | 'placeholder' | 'reuse' | 'heading' | 'finding' | 'checklist';

export interface Annotation extends Highlight {
  kind: AnnotationKind;
  /** The record's quoted words. */
  text: string;
  /** What the side panel says about it. */
  label: string;
  /** A second line: the figure's metric and qualifier, the honor's awarder, the passage's source. */
  detail: string;
  /** Whether the span fits the text (else it is listed but cannot be shown). */
  shown: boolean;
  passage?: ReusePassage;
}

/** The words around a span, so a two-character placeholder reads in its sentence. */
function around(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 12), start).split('\n').pop()!;
  const after = text.slice(end, end + 12).split('\n')[0]!;
  return `…${before}${text.slice(start, end)}${after}…`;
}

export function annotationsOf(doc: ReportDocument, text: string): Annotation[] {
  const textLength = text.length;
  const out: Annotation[] = [];
  const add = (a: Omit<Annotation, 'id' | 'shown'>) => out.push({ ...a, id: out.length + 1, shown: usable(a, textLength) });
  for (const h of doc.structure?.headings ?? []) {
    add({ kind: 'heading', start: h.start, end: h.end, text: h.text, classes: `hd hd${Math.min(Math.max(h.level, 1), 4)}`, label: h.text, detail: t('annotation.level', { level: h.level }) });
  }
  for (const p of doc.reuse?.passages ?? []) {
    const kind = sourceKindClass(p.source.kind);
    add({ kind: 'reuse', start: p.start, end: p.end, text: p.text, classes: `cp cp-${kind}`, label: `${sourceKindLabel(kind)}：${p.source.path}`, detail: t('annotation.similarity', { percent: percent(p.similarity), chars: count(p.end - p.start) }), passage: p });
  }
  for (const f of doc.figures ?? []) {
    const copied = f.copied ? ` · ${t('annotation.copiedFigure', { text: f.copied.sourceText })}` : '';
    add({ kind: 'figure', start: f.start, end: f.end, text: f.text, classes: `fig fig-${categoryClass(f.category)}${f.copied ? ' copied' : ''}`, label: figureValue(f), detail: `${categoryLabel(f.category)}${f.metric ? ` · ${f.metric}` : ''}${f.qualifier !== 'exact' ? ` · ${codeLabel('qualifier', f.qualifier)}` : ''}${f.period ? ` · ${f.period}` : ''}${copied}` });
  }
  for (const h of doc.honors ?? []) {
    add({ kind: 'honor', start: h.start, end: h.end, text: h.text, classes: `hon${h.copied ? ' copied' : ''}`, label: h.title, detail: [codeLabel('honorLevel', h.level), h.awarder, h.year, h.recipient ? codeLabel('recipient', h.recipient) : null].filter(Boolean).join(' · ') });
  }
  for (const p of doc.placeholders ?? []) {
    add({ kind: 'placeholder', start: p.start, end: p.end, text: p.text, classes: 'ph', label: p.text, detail: `${codeLabel('placeholder', p.kind)} · ${usable(p, textLength) ? around(text, p.start, p.end) : ''}` });
  }
  for (const f of doc.findings ?? []) {
    if (f.start === f.end) continue;
    const residue = f.ruleId.startsWith('normalize/site-residue');
    add({ kind: 'finding', start: f.start, end: f.end, text: f.text, classes: residue ? 'fd res' : 'fd', label: findingText(f, doc), detail: `${codeLabel('severity', f.severity)} · ${f.ruleId}` });
  }
  for (const c of doc.checklist ?? []) {
    if (!c.span || c.text === null) continue;
    add({ kind: 'checklist', start: c.span.start, end: c.span.end, text: c.text, classes: 'ck', label: c.label, detail: codeLabel('status', c.status) });
  }
  return out;
}
