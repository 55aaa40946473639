// Turns a document and one source it copied from into a side-by-side page: the two texts aligned passage by
// passage, the edits inside each copied passage marked on both sides, figures inside copied passages flagged.
import { charDiff } from './char-diff.js';
import { documentTitle } from './document-page.js';
import { highlightText, type Highlight } from './highlights.js';
import { html, pageName, type SafeHtml } from './html.js';
import type { ReportDocument } from './input.js';
import { categoryClass, categoryLabel, count, figureValue, percent, sourceKindDescription, sourceKindLabel, t } from './labels.js';
import { page } from './page.js';
import type { ReusePairGroup } from './pairs.js';

/** Unshared stretches longer than this are folded. */
const FOLD = 240;
/** What a cut stretch keeps at each end: the sentence leading into a passage and the one leading out. */
const CONTEXT = 80;

/**
 * An unshared stretch between passages. A side whose whole text has its own page (the document, a source of the
 * batch) keeps only the words around the passages, which keeps a pair page the size of what was copied; a
 * template or earlier report has no page of its own, so its whole text is here, folded.
 */
function gap(text: string, whole: boolean): SafeHtml {
  if (text.trim() === '') return html``;
  if (text.length <= FOLD) return html`<div class="gap">${text}</div>`;
  if (!whole) return html`<div class="gap cut">${text.slice(0, CONTEXT)}<span class="cut-mark">${t('pair.cut', { chars: count(text.length - 2 * CONTEXT) })}</span>${text.slice(-CONTEXT)}</div>`;
  return html`<details class="gap"><summary>${text.slice(0, 60)} … <span class="muted">${t('pair.notShared', { chars: count(text.length) })}</span></summary>${text}</details>`;
}

export function pairPage(doc: ReportDocument, text: string, group: ReusePairGroup, sourceText: string | null, sourceHref: string | null): string {
  const title = documentTitle(doc);
  let ids = 0;
  const rows: SafeHtml[] = [];
  let left = 0;
  let right = 0;
  let editedChars = 0;
  let copiedFigures = 0;
  const sourceWhole = sourceHref === null;
  for (const [i, p] of group.passages.entries()) {
    const ordered = sourceText !== null && p.source.start >= right;
    rows.push(html`<div class="row">${html`<div class="cell">${gap(text.slice(left, Math.max(left, p.start)), false)}</div><div class="cell">${ordered ? gap(sourceText.slice(right, p.source.start), sourceWhole) : ''}</div>`}</div>`);
    const mine = text.slice(p.start, p.end);
    const theirs = p.source.text;
    const edits = charDiff(mine, theirs);
    const leftMarks: Highlight[] = [];
    const rightMarks: Highlight[] = [];
    for (const e of edits ?? []) {
      if (e.kind === 'same') continue;
      editedChars += Math.max(e.left.end - e.left.start, e.right.end - e.right.start);
      if (e.left.end > e.left.start) leftMarks.push({ id: ++ids, ...e.left, classes: 'ed' });
      if (e.right.end > e.right.start) rightMarks.push({ id: ++ids, ...e.right, classes: 'ed' });
    }
    const figures = doc.figures.filter((f) => f.start >= p.start && f.end <= p.end && f.end > f.start);
    copiedFigures += figures.length;
    for (const f of figures) leftMarks.push({ id: ++ids, start: f.start - p.start, end: f.end - p.start, classes: `fig fig-${categoryClass(f.category)} copied` });
    rows.push(html`<div class="row shared" id="s${i + 1}">
<div class="cell"><div class="where">${t('pair.where', { start: p.start, end: p.end, percent: percent(p.similarity) })}${edits === null ? t('pair.tooDifferent') : ''}</div><div class="h cp cp-${group.kind} passage">${highlightText(mine, leftMarks)}</div>${figures.length ? html`<ul class="copied-figures">${figures.map((f) => html`<li><span class="h fig fig-${categoryClass(f.category)} copied">${f.text}</span> ${t('pair.figureNote', { category: categoryLabel(f.category), value: figureValue(f) })}${f.copied ? t('pair.figureSource', { text: f.copied.sourceText }) : ''}。</li>`)}</ul>` : ''}</div>
<div class="cell"><div class="where">${t('pair.where', { start: p.source.start, end: p.source.end, percent: percent(p.similarity) })}</div><div class="h cp cp-${group.kind} passage">${highlightText(theirs, rightMarks)}</div></div>
</div>`);
    left = Math.max(left, p.end);
    if (ordered) right = p.source.end;
  }
  rows.push(html`<div class="row"><div class="cell">${gap(text.slice(left), false)}</div><div class="cell">${sourceText !== null ? gap(sourceText.slice(right), sourceWhole) : ''}</div></div>`);
  const body = html`<header class="pair-head">
<h1>${t('title.pair')}</h1>
<div class="sides">
<div><span class="muted">${t('pair.document')}</span><h2><a href="../d/${pageName(doc.id)}.html">${title}</a></h2><div class="path">${doc.path}</div></div>
<div><span class="muted" title="${sourceKindDescription(group.kind)}">${t('pair.source', { kind: sourceKindLabel(group.kind) })}</span><h2>${sourceHref ? html`<a href="${sourceHref}">${group.sourcePath}</a>` : group.sourcePath}</h2>${sourceText === null ? html`<div class="muted">${t('pair.sourcePassagesOnly')}</div>` : ''}</div>
</div>
<p class="facts-line">${t('pair.facts', { passages: group.passages.length, chars: count(group.chars), percent: percent(group.chars / Math.max(1, text.length)), edited: count(editedChars), figures: copiedFigures })}</p>
<p class="legend"><span class="h cp cp-${group.kind}">${t('pair.copied')}</span> <span class="h ed">${t('pair.edited')}</span> <span class="h fig fig-donation copied">${t('pair.copiedFigure')}</span></p>
</header>
<main class="pair">${rows}</main>`;
  return page({ title: `${title} ↔ ${group.sourcePath}`, root: '../', kind: 'pair', body, crumbs: [{ href: `../d/${pageName(doc.id)}.html`, label: title }] });
}
