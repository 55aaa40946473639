// Turns a unit's history from the store into its page: the submissions over the years side by side with their
// key figures, and the implausible changes the store found.
import { html, pageName } from './html.js';
import type { Submission, UnitHistory } from './input.js';
import { page } from './page.js';

const KEY_CATEGORIES = ['satisfaction', 'donation', 'investment', 'training', 'volunteer', 'activity', 'assistance'];

export function unitPageName(unit: string): string {
  return `u/${pageName(unit)}.html`;
}

function cell(s: Submission, category: string) {
  const figures = s.figures.filter((f) => f.category === category && f.value !== null);
  if (figures.length === 0) return html`<td class="muted">—</td>`;
  const shown = [...new Map(figures.map((f) => [`${f.metric}|${f.value}|${f.unit}`, f])).values()].slice(0, 4);
  return html`<td>${shown.map((f) => html`<div title="${f.text}">${f.metric ?? ''} <b>${f.value!.toLocaleString('en')}</b>${f.unit ?? ''}</div>`)}${figures.length > shown.length ? html`<div class="muted">+${figures.length - shown.length}</div>` : ''}</td>`;
}

/** `documentHref` gives the page of a submission analysed in this run, by path. */
export function unitPage(history: UnitHistory, documentHref: (path: string) => string | null): string {
  const submissions = [...history.submissions].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || (a.path < b.path ? -1 : 1));
  const flagged = new Set(history.implausible.flatMap((c) => c.years));
  const body = html`<main class="unit"><h1>${history.unit}</h1><p class="muted">${submissions.length} submissions in the store</p>
<section><h2>Implausible changes</h2>${history.implausible.length === 0 ? html`<p class="muted">None found.</p>` : html`<ul class="implausible">${history.implausible.map((c) => html`<li><b>${c.rule}</b> (${c.years.join(', ')}): ${c.message}</li>`)}</ul>`}</section>
<section><h2>Submissions side by side</h2><div class="scroll"><table class="history"><thead><tr><th></th>${submissions.map((s) => html`<th class="${s.year !== null && flagged.has(s.year) ? 'flag' : ''}">${s.year ?? 'year?'}</th>`)}</tr></thead><tbody>
<tr><th>file</th>${submissions.map((s) => {
    const href = documentHref(s.path);
    return html`<td class="path">${href ? html`<a href="../${href}">${s.path}</a>` : s.path}</td>`;
  })}</tr>
<tr><th>unit as written</th>${submissions.map((s) => html`<td>${s.unit ?? '—'}</td>`)}</tr>
<tr><th>period</th>${submissions.map((s) => html`<td>${s.period ?? '—'}</td>`)}</tr>
${KEY_CATEGORIES.map((c) => html`<tr><th>${c}</th>${submissions.map((s) => cell(s, c))}</tr>`)}
</tbody></table></div></section></main>`;
  return page({ title: history.unit, root: '../', kind: 'unit', body });
}
