// Turns the run's documents, met one at a time, into the overview page: the counts a reviewer acts on, failed
// documents with what to do, charts of missing sections and reuse, top figures per category, and the data of the
// sortable, filterable, paginated document table.
import { histogram, horizontalBars } from './charts.js';
import { html, jsonBlock, type SafeHtml } from './html.js';
import type { ReportDocument } from './input.js';
import { categoryClass, categoryLabel, codeLabel, errorAdvice, figureValue, FIGURE_CATEGORIES, percent, scriptLabels, t } from './labels.js';
import { page } from './page.js';

/** From this share of copied text on, a document counts as highly reused. */
export const HIGH_REUSE = 0.3;
const TOP_FIGURES = 5;

/** One row of the document table, with short keys: 10k of them are embedded in the page. */
export interface TableRow {
  /** page of the document, relative to the report root */
  h: string;
  p: string;
  u: string;
  t: string;
  g: string;
  /** status: ok, or the error code */
  s: string;
  /** reuse ratio, null when reuse did not run */
  r: number | null;
  /** required sections missing, and their names */
  m: number;
  ml: string;
  ph: number;
  f: number;
  fc: string;
  hn: number;
}

interface TopFigure {
  /** Inside a copied passage: the number may be the source's. */
  copied: boolean;
  value: number;
  text: string;
  label: string;
  href: string;
  path: string;
}

interface CategoryStats {
  count: number;
  documents: number;
  units: Map<string, number>;
  top: Map<string, TopFigure[]>;
}

export class Overview {
  readonly rows: TableRow[] = [];
  private failed: { path: string; href: string; code: string; message: string }[] = [];
  private missingRequired = 0;
  private withPlaceholders = 0;
  private highReuse = 0;
  private withReuse = 0;
  private readonly reuseBins = new Array<number>(10).fill(0);
  private readonly missing = new Map<string, { label: string; level: string; count: number }>();
  private checked = 0;
  private readonly categories = new Map<string, CategoryStats>();

  add(doc: ReportDocument, href: string): void {
    const missing = doc.status === 'ok' ? doc.checklist.filter((c) => c.level === 'R' && c.status === 'missing') : [];
    const ratio = doc.reuse ? doc.reuse.ratio : null;
    if (doc.status !== 'ok') this.failed.push({ path: doc.path, href, code: doc.error?.code ?? 'E_INTERNAL', message: doc.error?.message ?? '' });
    if (missing.length) this.missingRequired++;
    if (doc.placeholders.length) this.withPlaceholders++;
    if (ratio !== null) {
      this.withReuse++;
      if (ratio >= HIGH_REUSE) this.highReuse++;
      this.reuseBins[Math.min(9, Math.floor(ratio * 10))]!++;
    }
    if (doc.status === 'ok' && doc.checklist.length) this.checked++;
    for (const c of doc.checklist) {
      const entry = this.missing.get(c.id) ?? { label: c.label, level: c.level, count: 0 };
      if (c.status === 'missing') entry.count++;
      this.missing.set(c.id, entry);
    }
    const counts = new Map<string, number>();
    for (const f of doc.figures) {
      const category = categoryClass(f.category);
      counts.set(category, (counts.get(category) ?? 0) + 1);
      let stats = this.categories.get(category);
      if (!stats) this.categories.set(category, (stats = { count: 0, documents: 0, units: new Map(), top: new Map() }));
      stats.count++;
      if (f.value === null) continue;
      const unit = f.unit ?? '';
      stats.units.set(unit, (stats.units.get(unit) ?? 0) + 1);
      const top = stats.top.get(unit) ?? [];
      // One entry per document: its largest claim of the category.
      const held = top.findIndex((t) => t.href === href);
      if (held >= 0 && top[held]!.value >= f.value) continue;
      if (held >= 0) top.splice(held, 1);
      if (top.length < TOP_FIGURES || f.value > top[top.length - 1]!.value) {
        top.push({ copied: Boolean(f.copied), value: f.value, text: f.text, label: figureValue(f), href, path: doc.path });
        top.sort((a, b) => b.value - a.value);
        if (top.length > TOP_FIGURES) top.pop();
        stats.top.set(unit, top);
      }
    }
    for (const category of counts.keys()) this.categories.get(category)!.documents++;
    this.rows.push({
      h: href,
      p: doc.path,
      u: doc.unit?.text ?? '',
      t: doc.title?.text ?? '',
      g: doc.genre ? codeLabel('genre', doc.genre) : '',
      s: doc.status === 'ok' ? 'ok' : (doc.error?.code ?? 'failed'),
      r: ratio,
      m: missing.length,
      ml: missing.map((c) => c.label).join('、'),
      ph: doc.placeholders.length,
      f: doc.figures.length,
      fc: FIGURE_CATEGORIES.filter((c) => counts.has(c)).map((c) => `${categoryLabel(c)} ${counts.get(c)}`).join('，'),
      hn: doc.honors.length,
    });
  }

  private topFigures(): SafeHtml {
    const blocks = FIGURE_CATEGORIES.filter((c) => this.categories.has(c)).map((category) => {
      const stats = this.categories.get(category)!;
      const unit = [...stats.units].sort((a, b) => b[1] - a[1])[0]?.[0];
      const top = unit !== undefined ? (stats.top.get(unit) ?? []) : [];
      return html`<div class="topcat"><h3><span class="swatch fig-${category}"></span>${categoryLabel(category)} <small>${t('top.count', { count: stats.count, documents: stats.documents })}</small></h3><ol>${top.map((f) => html`<li${f.copied ? html` class="copied"` : ''}><b>${f.label}</b> <a href="${f.href}" title="${f.path}">${f.text}</a>${f.copied ? html` <span class="tag copied" title="${t('top.copiedNote')}">${t('top.copied')}</span>` : ''}</li>`)}</ol></div>`;
    });
    return blocks.length ? html`<div class="topfigs">${blocks}</div>` : html`<p class="muted">${t('top.none')}</p>`;
  }

  render(generatedAt: string): string {
    const total = this.rows.length;
    const ok = total - this.failed.length;
    const reuseRan = this.withReuse > 0;
    const card = (value: number | string, label: string, filter: string, alarm: boolean) =>
      html`<button type="button" class="card${alarm ? ' bad' : ''}" data-filter="${filter}"><b>${value}</b><span>${label}</span></button>`;
    const missingBars = [...this.missing.values()].filter((m) => m.count > 0).sort((a, b) => b.count - a.count).map((m) => ({ label: m.label, note: `（${codeLabel('level', m.level)}）`, value: m.count, alarm: m.level === 'R' }));
    const body = html`<main class="overview">
<h1>${t('title.overview')}</h1>
<p class="muted">${t('overview.subtitle', { total, generatedAt })}</p>
<section class="cards">
${card(ok, t('card.analysed'), 'all', false)}
${card(this.failed.length, t('card.failed'), 'failed', this.failed.length > 0)}
${card(this.missingRequired, t('card.missing'), 'missing', this.missingRequired > 0)}
${card(this.withPlaceholders, t('card.placeholders'), 'placeholders', this.withPlaceholders > 0)}
${reuseRan ? card(this.highReuse, t('card.reuse', { percent: percent(HIGH_REUSE) }), 'reuse', this.highReuse > 0) : html`<div class="card off"><b>—</b><span>${t('card.reuseOff')}</span></div>`}
</section>
${this.failed.length ? html`<section><h2>${t('failed.heading')}</h2><table class="failed"><thead><tr><th>${t('failed.file')}</th><th>${t('failed.code')}</th><th>${t('failed.advice')}</th><th>${t('failed.message')}</th></tr></thead><tbody>${this.failed.map((f) => html`<tr><td class="path"><a href="${f.href}">${f.path}</a></td><td><code>${f.code}</code></td><td>${errorAdvice(f.code)}</td><td>${f.message}</td></tr>`)}</tbody></table></section>` : ''}
<section class="charts">
<div><h2>${t('chart.missing')} <small>${t('chart.missingNote', { checked: this.checked })}</small></h2>${missingBars.length ? horizontalBars(missingBars, t('chart.missingTitle'), this.checked) : html`<p class="muted">${t('chart.noneMissing')}</p>`}</div>
<div><h2>${t('chart.reuse')} <small>${t('chart.reuseNote')}</small></h2>${reuseRan ? histogram(this.reuseBins.map((value, i) => ({ label: `${i * 10}%`, value, alarm: i / 10 >= HIGH_REUSE })), t('chart.reuseTitle')) : html`<p class="muted">${t('chart.reuseOff')}</p>`}</div>
</section>
<section><h2>${t('top.heading')} <small>${t('top.note')}</small></h2>${this.topFigures()}</section>
<section class="documents"><h2>${t('table.heading')}</h2>
<div class="filters">
<input type="search" id="q" placeholder="${t('filter.search')}" aria-label="${t('filter.search')}">
<select id="f-status" aria-label="${t('filter.status')}"><option value="">${t('filter.anyStatus')}</option><option value="ok">${t('filter.ok')}</option><option value="failed">${t('filter.failed')}</option></select>
<select id="f-genre" aria-label="${t('filter.genre')}"><option value="">${t('filter.anyGenre')}</option>${[...new Set(this.rows.map((r) => r.g).filter(Boolean))].sort().map((g) => html`<option value="${g}">${g}</option>`)}</select>
<label><input type="checkbox" id="f-missing"> ${t('filter.missing')}</label>
<label><input type="checkbox" id="f-placeholders"> ${t('filter.placeholders')}</label>
${reuseRan ? html`<label><input type="checkbox" id="f-reuse"> ${t('filter.reuse', { percent: percent(HIGH_REUSE) })}</label>` : ''}
<span id="shown" class="muted" aria-live="polite"></span>
</div>
<table id="docs" class="docs"><thead><tr>
<th data-key="u" aria-sort="none"><button type="button">${t('column.unit')}</button></th>
<th data-key="t" aria-sort="none"><button type="button">${t('column.title')}</button></th>
<th data-key="g" aria-sort="none"><button type="button">${t('column.genre')}</button></th>
<th data-key="r" aria-sort="none" class="num"><button type="button">${t('column.reuse')}</button></th>
<th data-key="m" aria-sort="none" class="num"><button type="button">${t('column.missing')}</button></th>
<th data-key="ph" aria-sort="none" class="num"><button type="button">${t('column.placeholders')}</button></th>
<th data-key="f" aria-sort="none" class="num"><button type="button">${t('column.figures')}</button></th>
<th data-key="hn" aria-sort="none" class="num"><button type="button">${t('column.honors')}</button></th>
<th data-key="s" aria-sort="none"><button type="button">${t('column.status')}</button></th>
</tr></thead><tbody></tbody></table>
<noscript><p>${t('table.noscript')}</p></noscript>
<div class="pager"><button type="button" id="prev">${t('pager.previous')}</button><span id="page"></span><button type="button" id="next">${t('pager.next')}</button></div>
${jsonBlock('rows', this.rows)}
${jsonBlock('config', { highReuse: HIGH_REUSE })}
${jsonBlock('labels', scriptLabels())}
</section>
</main>`;
    return page({ title: t('title.overview'), root: '', kind: 'overview', body });
  }
}
