// Turns a unit's history from the store into its page: the submissions over the years side by side with their
// key figures, and the implausible changes the store found.
import { html, pageName } from './html.js';
import type { Submission, UnitHistory } from './input.js';
import { categoryLabel, codeLabel, count, t } from './labels.js';
import { page } from './page.js';

const KEY_CATEGORIES = ['satisfaction', 'donation', 'investment', 'training', 'volunteer', 'activity', 'assistance'];

export function unitPageName(unit: string): string {
  return `u/${pageName(unit)}.html`;
}

/** The category of figures each implausible-change rule compares. */
const RULE_CATEGORY: Record<string, string> = { 'satisfaction-repeated': 'satisfaction', 'donation-jump': 'donation', 'training-repeated': 'training' };

function cell(s: Submission, category: string, flagged: boolean) {
  const figures = s.figures.filter((f) => f.category === category && f.value !== null);
  if (figures.length === 0) return html`<td class="muted">—</td>`;
  if (flagged) return html`<td class="flag">${cellBody(figures)}</td>`;
  return html`<td>${cellBody(figures)}</td>`;
}

function cellBody(figures: Submission['figures']) {
  const shown = [...new Map(figures.map((f) => [`${f.metric}|${f.value}|${f.unit}`, f])).values()].slice(0, 4);
  return html`${shown.map((f) => html`<div title="${f.text}">${f.metric ?? ''} <b>${count(f.value!)}</b>${f.unit ?? ''}</div>`)}${figures.length > shown.length ? html`<div class="muted">${t('unit.more', { count: figures.length - shown.length })}</div>` : ''}`;
}

/** `documentHref` gives the page of a submission analysed in this run, by path. */
export function unitPage(history: UnitHistory, documentHref: (path: string) => string | null): string {
  const submissions = [...history.submissions].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || (a.path < b.path ? -1 : 1));
  const flagged = new Set(history.implausible.flatMap((c) => c.years));
  // Which row each rule's figures sit in, so that the flagged cells stand out in the table itself.
  const flaggedCells = new Set(history.implausible.flatMap((c) => c.years.map((y) => `${RULE_CATEGORY[c.rule] ?? ''}|${y}`)));
  const flaggedCategories = new Set(history.implausible.map((c) => RULE_CATEGORY[c.rule]).filter((c): c is string => c !== undefined));
  const body = html`<main class="unit"><h1>${history.unit} <small>${t('title.unit')}</small></h1><p class="muted">${t('unit.count', { count: submissions.length })}</p>
<section><h2>${t('unit.implausible')}</h2>${history.implausible.length === 0 ? html`<p class="muted">${t('unit.noneImplausible')}</p>` : html`<ul class="implausible">${history.implausible.map((c) => html`<li title="${c.message}"><b>${codeLabel('rule', c.rule)}</b>（${c.years.join('、')}）${RULE_CATEGORY[c.rule] ? html`<span class="muted">${t('unit.seeRow', { category: categoryLabel(RULE_CATEGORY[c.rule]!) })}</span>` : html`<span class="muted">${c.message}</span>`}</li>`)}</ul>`}</section>
<section><h2>${t('unit.sideBySide')}</h2><div class="scroll"><table class="history"><thead><tr><th></th>${submissions.map((s) => html`<th class="${s.year !== null && flagged.has(s.year) ? 'flag' : ''}"${s.year !== null && flagged.has(s.year) ? html` title="${t('unit.flagged')}"` : ''}>${s.year ?? t('unit.noYear')}</th>`)}</tr></thead><tbody>
<tr><th>${t('unit.file')}</th>${submissions.map((s) => {
    const href = documentHref(s.path);
    return html`<td class="path">${href ? html`<a href="../${href}">${s.path}</a>` : s.path}</td>`;
  })}</tr>
<tr><th>${t('unit.unitAsWritten')}</th>${submissions.map((s) => html`<td>${s.unit ?? '—'}</td>`)}</tr>
<tr><th>${t('unit.period')}</th>${submissions.map((s) => html`<td>${s.period ?? '—'}</td>`)}</tr>
${KEY_CATEGORIES.map((c) => html`<tr${flaggedCategories.has(c) ? html` class="flag"` : ''}><th>${categoryLabel(c)}</th>${submissions.map((s) => cell(s, c, s.year !== null && flaggedCells.has(`${c}|${s.year}`)))}</tr>`)}
</tbody></table></div></section></main>`;
  return page({ title: history.unit, root: '../', kind: 'unit', body });
}
