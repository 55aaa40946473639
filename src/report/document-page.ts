// Turns one document record and its text of record into its page: a printable summary (metadata, checklist, key
// figures, reuse), the text with every span highlighted, and a side panel of findings that jump to their spans.
import type { ChecklistItem } from '../model/document.js';
import { annotationsOf, type Annotation, type AnnotationKind } from './annotations.js';
import { findingText } from './finding-text.js';
import { highlightText } from './highlights.js';
import { html, pageName, type SafeHtml } from './html.js';
import type { ReportDocument } from './input.js';
import { categoryClass, categoryLabel, codeLabel, count, errorAdvice, figureValue, FIGURE_CATEGORIES, percent, sourceKindDescription, sourceKindLabel, t } from './labels.js';
import { page } from './page.js';
import type { ReusePairGroup } from './pairs.js';

export function documentTitle(doc: ReportDocument): string {
  return doc.title?.text || doc.path;
}

/** The panel shows one line of an entry's words (the rest is in the text it jumps to). */
const QUOTE = 60;

function entry(a: Annotation): SafeHtml {
  const quote = a.text.length > QUOTE ? `${a.text.slice(0, QUOTE)}…` : a.text;
  const body = html`<span class="label">${a.label}</span><span class="detail">${a.detail}</span>${a.kind !== 'placeholder' && a.kind !== 'heading' ? html`<q>${quote}</q>` : ''}`;
  return a.shown
    ? html`<li><a class="item k-${a.kind} ${a.classes}" href="#a${a.id}" data-a="${a.id}">${body}</a></li>`
    : html`<li><span class="item k-${a.kind} unplaced" title="${t('panel.unplaced')}">${body}</span></li>`;
}

function panelGroup(title: string, items: Annotation[], open = true): SafeHtml {
  if (items.length === 0) return html``;
  return html`<details class="group"${open ? html` open` : ''}><summary>${title} <span class="count">${items.length}</span></summary><ul>${items.map(entry)}</ul></details>`;
}

function checklistTable(items: ChecklistItem[], annotations: Annotation[]): SafeHtml {
  if (items.length === 0) return html`<p class="muted">${t('checklist.none')}</p>`;
  const evidence = new Map(annotations.filter((a) => a.kind === 'checklist' && a.shown).map((a) => [a.label, a]));
  return html`<ul class="checklist">${items.map((c) => {
    const a = c.status !== 'missing' ? evidence.get(c.label) : undefined;
    const name = html`<span class="name"><span class="lvl lvl-${c.level}" title="${codeLabel('levelName', c.level)}">${codeLabel('level', c.level)}</span>${c.label}</span>`;
    return html`<li class="st-${c.status}${c.level === 'R' && c.status === 'missing' ? ' req-missing' : ''}">${a ? html`<a href="#a${a.id}" data-a="${a.id}" title="${c.text ?? ''}">${name}</a>` : name}<span class="status">${codeLabel('status', c.status)}</span></li>`;
  })}</ul>`;
}

function keyFigures(doc: ReportDocument): SafeHtml {
  const rows = FIGURE_CATEGORIES.map((category) => ({ category, figures: doc.figures.filter((f) => categoryClass(f.category) === category) })).filter((r) => r.figures.length > 0);
  if (rows.length === 0) return html`<p class="muted">${t('keyfig.none')}</p>`;
  return html`<table class="keyfig"><tbody>${rows.map(
    (r) => html`<tr><th><span class="swatch fig-${r.category}"></span>${categoryLabel(r.category)}</th><td class="n">${r.figures.length}</td><td>${r.figures.slice(0, 3).map((f) => html`<span class="chip${f.copied ? ' copied' : ''}" title="${f.copied ? `${f.text}（${t('top.copiedNote')}）` : f.text}">${f.metric ?? ''} ${figureValue(f)}</span>`)}${r.figures.length > 3 ? html`<span class="muted"> …</span>` : ''}</td></tr>`,
  )}</tbody></table>`;
}

function legend(): SafeHtml {
  return html`<div class="legend" aria-label="${t('legend.label')}">
<label><input type="checkbox" data-layer="cp" checked> ${t('legend.copied')}<span class="h cp cp-templates">${sourceKindLabel('templates')}</span> <span class="h cp cp-batch">${sourceKindLabel('batch')}</span> <span class="h cp cp-history">${sourceKindLabel('history')}</span> <span class="h cp cp-self">${sourceKindLabel('self')}</span></label>
<label><input type="checkbox" data-layer="fig" checked> <span class="h fig fig-donation">${t('legend.figures')}</span>${t('legend.figuresNote')} <span class="h fig fig-donation copied">${t('legend.copiedFigure')}</span></label>
<label><input type="checkbox" data-layer="hon" checked> <span class="h hon">${t('legend.honors')}</span></label>
<label><input type="checkbox" data-layer="ph" checked> <span class="h ph">${t('legend.placeholders')}</span></label>
</div>`;
}

/** Placeholders and error or warning findings, in text order: what a meeting discusses. */
function attention(doc: ReportDocument): SafeHtml {
  const items = doc.findings.filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('normalize/site-residue')).sort((a, b) => a.start - b.start);
  if (items.length === 0) return html``;
  const shown = items.slice(0, 12);
  return html`<h2>${t('attention.heading')} <small>${t('attention.count', { count: items.length })}</small></h2><ul class="attention">${shown.map((f) => html`<li class="sev-${f.severity}"><span class="sev">${codeLabel('severity', f.severity)}</span> ${findingText(f, doc)}${f.text && !f.ruleId.startsWith('figures/placeholder/') ? html` <q>${f.text}</q>` : ''}</li>`)}${items.length > shown.length ? html`<li class="muted">${t('attention.more', { count: items.length - shown.length })}</li>` : ''}</ul>`;
}

function sourceLine(p: ReusePairGroup): SafeHtml {
  const what = t('sources.line', { passages: p.passages.length, chars: count(p.chars), percent: percent(p.ratio) });
  return html`<li><span class="h cp cp-${p.kind}" title="${sourceKindDescription(p.kind)}">${sourceKindLabel(p.kind)}</span> ${p.name ? html`<a href="../p/${p.name}.html">${p.sourcePath}</a>` : p.kind === 'batch' ? html`<a href="../d/${pageName(p.sourceId)}.html">${p.sourcePath}</a>` : html`<span class="path">${p.sourcePath}</span>`} <span class="muted">${what}${p.name ? '' : html`；${t('sources.noPage')}`}</span></li>`;
}

/** The sources with a side-by-side page, then the weaker ones folded: a self-similar batch lists dozens. */
function sources(pairs: ReusePairGroup[]): SafeHtml {
  if (pairs.length === 0) return html``;
  const paged = pairs.filter((p) => p.name !== null);
  const rest = pairs.filter((p) => p.name === null);
  return html`<h2>${t('sources.heading')}</h2><ul class="sources">${paged.map(sourceLine)}</ul>${rest.length ? html`<details class="more-sources"><summary>${t('sources.more', { count: rest.length })}</summary><ul class="sources">${rest.map(sourceLine)}</ul></details>` : ''}`;
}

export interface DocumentPageContext {
  /** The unit's history page (relative to the report root), when the store has one. */
  unitHref?: string;
}

export function documentPage(doc: ReportDocument, text: string | null, pairs: ReusePairGroup[], context: DocumentPageContext = {}): string {
  const title = documentTitle(doc);
  const meta = html`<dl class="meta">
<dt>${t('meta.file')}</dt><dd class="path">${doc.path}</dd>
<dt>${t('meta.unit')}</dt><dd>${doc.unit?.text ?? '—'}${context.unitHref ? html` <a class="history-link" href="../${context.unitHref}">${t('meta.history')}</a>` : ''}</dd>
<dt>${t('meta.period')}</dt><dd>${doc.period?.text ?? '—'}</dd>
<dt>${t('meta.genre')}</dt><dd>${codeLabel('genre', doc.genre)}</dd>
<dt>${t('meta.format')}</dt><dd>${t('meta.formatLine', { format: doc.format, ocr: doc.ocr ? t('meta.ocr') : '', chars: count(doc.chars), script: codeLabel('script', doc.script) })}</dd>
</dl>`;
  if (doc.status !== 'ok' || text === null) {
    const error = doc.error;
    const body = html`<main class="doc failed"><h1>${title}</h1>${meta}
<section class="error"><h2>${t('doc.failed', { code: error?.code ?? '—' })}</h2><p>${error?.message ?? t('doc.noText')}</p><p class="advice">${errorAdvice(error?.code ?? '')}</p></section></main>`;
    return page({ title, root: '../', kind: 'document', body });
  }
  const annotations = annotationsOf(doc, text);
  const of = (kind: AnnotationKind) => annotations.filter((a) => a.kind === kind);
  const missingRequired = doc.checklist.filter((c) => c.level === 'R' && c.status === 'missing');
  const reuse = doc.reuse;
  const bySource = reuse?.ratioBySource ? Object.entries(reuse.ratioBySource).filter(([, v]) => (v ?? 0) > 0).map(([k, v]) => `${sourceKindLabel(k as ReusePairGroup['kind'])} ${percent(v)}`).join('，') : '';
  const summary = html`<section class="summary">
<div class="facts">
<div class="fact${missingRequired.length ? ' bad' : ''}"><b>${missingRequired.length}</b>${t('fact.missing')}</div>
<div class="fact${doc.placeholders.length ? ' bad' : ''}"><b>${doc.placeholders.length}</b>${t('fact.placeholders')}</div>
<div class="fact${reuse && reuse.ratio >= 0.3 ? ' bad' : ''}">${t('fact.reuse')} <b>${reuse ? percent(reuse.ratio) : '—'}</b>${bySource ? html`<small>（${bySource}）</small>` : ''}</div>
<div class="fact"><b>${doc.figures.length}</b>${t('fact.figures')}</div>
<div class="fact"><b>${doc.honors.length}</b>${t('fact.honors')}</div>
</div>
<h2>${t('checklist.heading')} ${doc.checklistName ? html`<small>${codeLabel('checklistName', doc.checklistName)}</small>` : ''}</h2>
${checklistTable(doc.checklist, annotations)}
<h2>${t('keyfig.heading')}</h2>
${keyFigures(doc)}
${attention(doc)}
${sources(pairs)}
</section>`;
  const figuresByCategory = FIGURE_CATEGORIES.map((c) => panelGroup(t('panel.figures', { category: categoryLabel(c) }), of('figure').filter((a) => a.classes.startsWith(`fig fig-${c}`)), false));
  const panel = html`<aside class="panel" aria-label="${t('panel.label')}">
${panelGroup(t('panel.copied'), of('reuse'))}
${panelGroup(t('panel.placeholders'), of('placeholder'))}
${panelGroup(t('panel.findings'), of('finding'))}
${panelGroup(t('panel.honors'), of('honor'))}
${figuresByCategory}
${panelGroup(t('panel.headings'), of('heading'), false)}
${doc.warnings.length ? html`<details class="group"><summary>${t('panel.warnings')} <span class="count">${doc.warnings.length}</span></summary><ul>${doc.warnings.map((w) => html`<li class="item">${w}</li>`)}</ul></details>` : ''}
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
