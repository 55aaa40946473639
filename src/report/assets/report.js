// wenshen report: the overview's table (sort, filter, pages) and the document page's jumps from a finding to its
// span. Data comes from <script type="application/json"> blocks read with textContent; the page is only ever
// changed through textContent, classes and attributes, never by parsing markup.
'use strict';

(function () {
  const PAGE_SIZE = 50;

  function readJson(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  /** Only the report's own pages: d/…, p/…, u/… */
  function safeHref(href) {
    return /^(?:\.\.\/)?[dpu]\/[A-Za-z0-9_-]+\.html$/.test(href) ? href : '#';
  }

  function cell(tr, text, className, title) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    if (title) td.title = title;
    tr.appendChild(td);
    return td;
  }

  const labels = readJson('labels') || {};
  /** A label of the page's dictionary with its {name}s filled in. */
  function label(key, values) {
    return String(labels[key] || key).replace(/\{(\w+)\}/g, function (whole, name) {
      return values && name in values ? String(values[name]) : whole;
    });
  }

  function percent(r) {
    return r === null || r === undefined ? '—' : Math.round(r * 1000) / 10 + '%';
  }

  function overview() {
    const rows = readJson('rows') || [];
    const config = readJson('config') || { highReuse: 0.3 };
    const table = document.getElementById('docs');
    const tbody = table.querySelector('tbody');
    const q = document.getElementById('q');
    const status = document.getElementById('f-status');
    const genre = document.getElementById('f-genre');
    const missing = document.getElementById('f-missing');
    const placeholders = document.getElementById('f-placeholders');
    const reuse = document.getElementById('f-reuse');
    const shown = document.getElementById('shown');
    const pageLabel = document.getElementById('page');
    const prev = document.getElementById('prev');
    const next = document.getElementById('next');
    const state = { key: 'p', dir: 1, page: 0 };
    // One collator and one lower-cased search key per row: 10k rows sort and filter in milliseconds.
    const collator = new Intl.Collator('zh-CN');
    const searchKey = rows.map(function (r) { return (r.u + '\n' + r.t + '\n' + r.p).toLowerCase(); });
    rows.forEach(function (r, i) { r.i = i; });
    let view = rows;

    function matches(r) {
      const text = q.value.trim().toLowerCase();
      if (text && !searchKey[r.i].includes(text)) return false;
      if (status.value === 'ok' && r.s !== 'ok') return false;
      if (status.value === 'failed' && r.s === 'ok') return false;
      if (genre.value && r.g !== genre.value) return false;
      if (missing.checked && !(r.m > 0)) return false;
      if (placeholders.checked && !(r.ph > 0)) return false;
      if (reuse && reuse.checked && !(r.r !== null && r.r >= config.highReuse)) return false;
      return true;
    }

    function compare(a, b) {
      const x = a[state.key];
      const y = b[state.key];
      // Empty values go last whichever way the column is sorted.
      const xe = x === null || x === '';
      const ye = y === null || y === '';
      if (xe || ye) return xe === ye ? a.i - b.i : xe ? 1 : -1;
      if (x === y) return a.i - b.i;
      if (typeof x === 'number') return (x - y) * state.dir;
      return collator.compare(x, y) * state.dir;
    }

    function row(r) {
      const tr = document.createElement('tr');
      cell(tr, r.u || '—');
      const title = cell(tr, '', 'title');
      const a = document.createElement('a');
      a.href = safeHref(r.h);
      a.textContent = r.t || r.p;
      title.appendChild(a);
      const small = document.createElement('small');
      small.textContent = r.p;
      title.appendChild(small);
      cell(tr, r.g || '—');
      cell(tr, percent(r.r), 'num' + (r.r !== null && r.r >= config.highReuse ? ' bad' : ''));
      cell(tr, String(r.m), 'num' + (r.m > 0 ? ' bad' : ''), r.ml);
      cell(tr, String(r.ph), 'num' + (r.ph > 0 ? ' bad' : ''));
      cell(tr, String(r.f), 'num', r.fc);
      cell(tr, String(r.hn), 'num');
      cell(tr, r.s === 'ok' ? label('js.ok') : r.s, r.s === 'ok' ? '' : 'bad');
      return tr;
    }

    function render() {
      const pages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
      state.page = Math.min(Math.max(0, state.page), pages - 1);
      const start = state.page * PAGE_SIZE;
      tbody.replaceChildren(...view.slice(start, start + PAGE_SIZE).map(row));
      shown.textContent = view.length === rows.length ? label('js.documents', { total: rows.length }) : label('js.filtered', { shown: view.length, total: rows.length });
      pageLabel.textContent = label('js.page', { page: state.page + 1, pages: pages });
      prev.disabled = state.page === 0;
      next.disabled = state.page >= pages - 1;
    }

    function update() {
      // Rows come in path order; the path column needs no sort.
      view = rows.filter(matches);
      if (state.key !== 'p') view.sort(compare);
      else if (state.dir < 0) view.reverse();
      state.page = 0;
      render();
    }

    let typing = 0;
    function updateSoon() {
      clearTimeout(typing);
      typing = setTimeout(update, 120);
    }

    for (const th of table.querySelectorAll('th[data-key]')) {
      th.querySelector('button').addEventListener('click', function () {
        const key = th.dataset.key;
        state.dir = state.key === key ? -state.dir : (key === 'u' || key === 't' || key === 'g' || key === 's' ? 1 : -1);
        state.key = key;
        for (const other of table.querySelectorAll('th[data-key]')) other.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', state.dir === 1 ? 'ascending' : 'descending');
        update();
      });
    }
    q.addEventListener('input', updateSoon);
    for (const input of [status, genre, missing, placeholders, reuse]) if (input) input.addEventListener('input', update);
    function turn(by) {
      state.page += by;
      render();
      // A new page starts at its first row, not at the pager under the old one's last.
      if (table.getBoundingClientRect().top < 0) table.scrollIntoView({ block: 'start' });
    }
    prev.addEventListener('click', function () { turn(-1); });
    next.addEventListener('click', function () { turn(1); });
    for (const card of document.querySelectorAll('.card[data-filter]')) {
      card.addEventListener('click', function () {
        const f = card.dataset.filter;
        q.value = '';
        genre.value = '';
        status.value = f === 'failed' ? 'failed' : '';
        missing.checked = f === 'missing';
        placeholders.checked = f === 'placeholders';
        if (reuse) reuse.checked = f === 'reuse';
        update();
        table.scrollIntoView({ block: 'start' });
      });
    }
    update();
  }

  function documentPage() {
    const text = document.querySelector('.text');
    if (!text) return;
    let current = null;

    function activate(id, scroll) {
      for (const el of document.querySelectorAll('.h.active')) el.classList.remove('active');
      if (current) current.classList.remove('current');
      const pieces = text.querySelectorAll('[data-a~="' + id + '"]');
      for (const el of pieces) el.classList.add('active');
      current = document.querySelector('.panel a.item[data-a="' + id + '"]');
      if (current) current.classList.add('current');
      if (scroll && pieces.length) pieces[0].scrollIntoView({ block: 'center' });
    }

    document.addEventListener('click', function (event) {
      const link = event.target.closest('a[data-a]');
      if (link) {
        const id = Number(link.dataset.a);
        if (!Number.isInteger(id)) return;
        event.preventDefault();
        const details = link.closest('details');
        if (details) details.open = true;
        activate(id, true);
        history.replaceState(null, '', '#a' + id);
        return;
      }
      const piece = event.target.closest('.text .h');
      if (piece) {
        // From a highlight to its entry in the panel: the innermost span that has one.
        const ids = piece.dataset.a.split(' ').reverse();
        for (const id of ids) {
          const item = document.querySelector('.panel a.item[data-a="' + id + '"]');
          if (!item) continue;
          const details = item.closest('details');
          if (details) details.open = true;
          activate(Number(id), false);
          item.scrollIntoView({ block: 'nearest' });
          break;
        }
      }
    });
    for (const box of document.querySelectorAll('input[data-layer]')) {
      box.addEventListener('change', function () {
        document.body.classList.toggle('hide-' + box.dataset.layer, !box.checked);
      });
    }
    const m = /^#a(\d+)$/.exec(location.hash);
    if (m) activate(Number(m[1]), true);
  }

  function start() {
    if (document.body.classList.contains('page-overview')) overview();
    if (document.body.classList.contains('page-document')) documentPage();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
