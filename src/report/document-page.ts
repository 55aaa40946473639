// Turns one document record and its text of record into its page: a printable summary (metadata, checklist, key
// figures, reuse), the text with every span highlighted, and a side panel of findings that jump to their spans.
import type { ChecklistItem } from '../model/document.js';
import { annotationsOf, type Annotation, type AnnotationKind } from './annotations.js';
import { highlightText } from './highlights.js';
import { html, pageName, type SafeHtml } from './html.js';
import type { ReportDocument } from './input.js';
import { categoryClass, errorAdvice, figureValue, FIGURE_CATEGORIES, percent, SOURCE_KIND_LABEL } from './labels.js';
import { page } from './page.js';
import { pairsOf } from './pairs.js';

export function documentTitle(doc: ReportDocument): string {
  return doc.title?.text || doc.path;
}

function entry(a: Annotation): SafeHtml {
  const body = html`<span class="label">${a.label}</span><span class="detail">${a.detail}</span>${a.kind !== 'placeholder' && a.kind !== 'heading' ? html`<q>${a.text}</q>` : ''}`;
  return a.shown
    ? html`<li><a class="item k-${a.kind} ${a.classes}" href="#a${a.id}" data-a="${a.id}">${body}</a></li>`
    : html`<li><span class="item k-${a.kind} unplaced" title="span outside the text">${body}</span></li>`;
}

function panelGroup(title: string, items: Annotation[], open = true): SafeHtml {
  if (items.length === 0) return html``;
  return html`<details class="group"${open ? html` open` : ''}><summary>${title} <span class="count">${items.length}</span></summary><ul>${items.map(entry)}</ul></details>`;
}

function checklistTable(items: ChecklistItem[], annotations: Annotation[]): SafeHtml {
  if (items.length === 0) return html`<p class="muted">No checklist applies to this genre.</p>`;
  const evidence = new Map(annotations.filter((a) => a.kind === 'checklist' && a.shown).map((a) => [a.label, a]));
  return html`<ul class="checklist">${items.map((c) => {
    const a = c.status !== 'missing' ? evidence.get(c.label) : undefined;
    const name = html`<span class="name"><span class="lvl lvl-${c.level}" title="${c.level === 'R' ? 'required' : c.level === 'E' ? 'expected' : 'optional'}">${c.level}</span>${c.label}</span>`;
    return html`<li class="st-${c.status}${c.level === 'R' && c.status === 'missing' ? ' req-missing' : ''}">${a ? html`<a href="#a${a.id}" data-a="${a.id}" title="${c.text ?? ''}">${name}</a>` : name}<span class="status">${c.status}</span></li>`;
  })}</ul>`;
}

function keyFigures(doc: ReportDocument): SafeHtml {
  const rows = FIGURE_CATEGORIES.map((category) => ({ category, figures: doc.figures.filter((f) => categoryClass(f.category) === category) })).filter((r) => r.figures.length > 0);
  if (rows.length === 0) return html`<p class="muted">No figures claimed.</p>`;
  return html`<table class="keyfig"><tbody>${rows.map(
    (r) => html`<tr><th><span class="swatch fig-${r.category}"></span>${r.category}</th><td>${r.figures.length}</td><td>${r.figures.slice(0, 3).map((f) => html`<span class="chip" title="${f.text}">${f.metric ?? ''} ${figureValue(f)}</span>`)}${r.figures.length > 3 ? html`<span class="muted"> …</span>` : ''}</td></tr>`,
  )}</tbody></table>`;
}

function legend(): SafeHtml {
  return html`<div class="legend" aria-label="legend">
<label><input type="checkbox" data-layer="cp" checked> copied: <span class="h cp cp-templates">template</span> <span class="h cp cp-batch">batch</span> <span class="h cp cp-history">earlier run</span> <span class="h cp cp-self">own earlier</span></label>
<label><input type="checkbox" data-layer="fig" checked> <span class="h fig fig-donation">figures</span> (underline colour = category)</label>
<label><input type="checkbox" data-layer="hon" checked> <span class="h hon">honors</span></label>
<label><input type="checkbox" data-layer="ph" checked> <span class="h ph">placeholders</span></label>
</div>`;
}

/** Placeholders and error or warning findings, in text order: what a meeting discusses. */
function attention(doc: ReportDocument): SafeHtml {
  const items = doc.findings.filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('normalize/site-residue')).sort((a, b) => a.start - b.start);
  if (items.length === 0) return html``;
  const shown = items.slice(0, 12);
  return html`<h2>To look at <small>${items.length} findings</small></h2><ul class="attention">${shown.map((f) => html`<li class="sev-${f.severity}"><span class="sev">${f.severity}</span> ${f.message}${f.text ? html` <q>${f.text}</q>` : ''}</li>`)}${items.length > shown.length ? html`<li class="muted">… ${items.length - shown.length} more on the page</li>` : ''}</ul>`;
}

export interface DocumentPageContext {
  /** The unit's history page (relative to the report root), when the store has one. */
  unitHref?: string;
}

export function documentPage(doc: ReportDocument, text: string | null, context: DocumentPageContext = {}): string {
  const title = documentTitle(doc);
  const meta = html`<dl class="meta">
<dt>File</dt><dd class="path">${doc.path}</dd>
<dt>Unit</dt><dd>${doc.unit?.text ?? '—'}${context.unitHref ? html` <a href="../${context.unitHref}">history</a>` : ''}</dd>
<dt>Period</dt><dd>${doc.period?.text ?? '—'}</dd>
<dt>Genre</dt><dd>${doc.genre ?? '—'}</dd>
<dt>Format</dt><dd>${doc.format}${doc.ocr ? ' (OCR)' : ''}, ${doc.chars.toLocaleString('en')} characters, ${doc.script ?? ''}</dd>
</dl>`;
  if (doc.status !== 'ok' || text === null) {
    const error = doc.error;
    const body = html`<main class="doc failed"><h1>${title}</h1>${meta}
<section class="error"><h2>Failed: ${error?.code ?? 'no text'}</h2><p>${error?.message ?? 'The run wrote no text of record for this document.'}</p><p class="advice">${errorAdvice(error?.code ?? '')}</p></section></main>`;
    return page({ title, root: '../', kind: 'document', body });
  }
  const annotations = annotationsOf(doc, text);
  const of = (kind: AnnotationKind) => annotations.filter((a) => a.kind === kind);
  const pairs = pairsOf(doc);
  const missingRequired = doc.checklist.filter((c) => c.level === 'R' && c.status === 'missing');
  const reuse = doc.reuse;
  const summary = html`<section class="summary">
<div class="facts">
<div class="fact${missingRequired.length ? ' bad' : ''}"><b>${missingRequired.length}</b> required sections missing</div>
<div class="fact${doc.placeholders.length ? ' bad' : ''}"><b>${doc.placeholders.length}</b> placeholders</div>
<div class="fact${reuse && reuse.ratio >= 0.3 ? ' bad' : ''}"><b>${reuse ? percent(reuse.ratio) : '—'}</b> copied${reuse?.ratioBySource ? html` <small>(${Object.entries(reuse.ratioBySource).filter(([, v]) => (v ?? 0) > 0).map(([k, v]) => `${k} ${percent(v)}`).join(', ')})</small>` : ''}</div>
<div class="fact"><b>${doc.figures.length}</b> figures</div>
<div class="fact"><b>${doc.honors.length}</b> honors</div>
</div>
<h2>Checklist ${doc.checklistName ? html`<small>${doc.checklistName}</small>` : ''}</h2>
${checklistTable(doc.checklist, annotations)}
<h2>Key figures</h2>
${keyFigures(doc)}
${attention(doc)}
${pairs.length ? html`<h2>Copied from</h2><ul class="sources">${pairs.map((p) => html`<li><span class="h cp cp-${p.kind}">${p.kind}</span> <a href="../p/${p.name}.html">${p.sourcePath}</a> <span class="muted">${p.passages.length} passages, ${p.chars} characters (${percent(p.chars / Math.max(1, text.length))} of the text); ${SOURCE_KIND_LABEL[p.kind]}</span></li>`)}</ul>` : ''}
</section>`;
  const figuresByCategory = FIGURE_CATEGORIES.map((c) => panelGroup(`Figures: ${c}`, of('figure').filter((a) => a.classes.startsWith(`fig fig-${c}`)), false));
  const panel = html`<aside class="panel" aria-label="findings">
${panelGroup('Copied passages', of('reuse'))}
${panelGroup('Placeholders', of('placeholder'))}
${panelGroup('Findings', of('finding'))}
${panelGroup('Honors', of('honor'))}
${figuresByCategory}
${panelGroup('Headings', of('heading'), false)}
${doc.warnings.length ? html`<details class="group"><summary>Reading warnings <span class="count">${doc.warnings.length}</span></summary><ul>${doc.warnings.map((w) => html`<li class="item">${w}</li>`)}</ul></details>` : ''}
</aside>`;
  const body = html`<header class="doc-head"><h1>${title}</h1>${meta}</header>
${summary}
<div class="reader">
<section class="text-pane"><div class="toolbar">${legend()}</div>
<div class="text" lang="zh-CN">${highlightText(text, annotations)}</div></section>
${panel}
</div>`;
  return page({ title, root: '../', kind: 'document', body });
}
