#!/usr/bin/env python3
"""Validator of the blind evaluation sets corpus/gold-2, gold-3, gold-4 and gold-5 (each set's check.py calls it).

python3 corpus/check_gold.py <set folder>   -> prints counts, NOTES and ERRORS; exit 1 on errors.
Checks: keys/order, allowed values, every text/evidence/awarder/year/table
label written verbatim in its essay, value agrees with a number in the text
(or with the table cell), qualifier cue words, null values only with
placeholders, placeholder list equals the regex scan, one section line per
essay with evidence for each non-missing id.
"""
import collections, json, os, re, sys

BASE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.')
ESSAY_DIR = os.path.join(BASE, 'essays')
FIGURE_KEYS = ('doc', 'category', 'value', 'unit', 'qualifier', 'valueMax', 'text', 'claim', 'table')
HONOR_KEYS = ('doc', 'title', 'awarder', 'year', 'recipient', 'text')
PLACEHOLDER_KEYS = ('doc', 'text')
SECTION_KEYS = ('doc', 'genre', 'sections', 'evidence')
CATEGORIES = ('satisfaction', 'rate', 'donation', 'investment', 'training', 'volunteer',
              'activity', 'publicity', 'other')
CLAIMS = ('achieved', 'target', 'plan', 'rule', 'background')
QUALIFIERS = ('exact', 'at_least', 'more_than', 'about', 'nearly', 'at_most', 'range')
SECTION_IDS = ('overview', 'profile', 'leadership', 'theory', 'morality', 'credit',
               'volunteer', 'activities', 'culture', 'service', 'governance',
               'environment', 'responsibility', 'results', 'highlights',
               'problems', 'plans', 'signature')
STATUSES = ('headed', 'inline', 'missing')
GENRES = ('summary', 'plan', 'personal', 'notice', 'other')
EVIDENCE_MAX = 40
PLACEHOLDER = re.compile(
    r'(?<![A-Za-z0-9])20(?:xx|XX|__)(?![A-Za-z_])'
    r'|(?<![A-Za-z])(?:x{2,}|X{2,})(?![A-Za-z])'
    r'|×{2,}|_{2,}\*?|＿+|\*{2,}')
CUES = {
    'at_least': ('以上', '不少于', '不少於', '不低于', '不低於', '至少'),
    'more_than': ('余', '餘', '多', '几', '幾', '超过', '超過', '逾', '突破'),
    'about': ('约', '約', '左右', '大约', '大約'),
    'nearly': ('近', '将近', '將近', '接近'),
    'at_most': ('以下', '不超过', '不超過', '以内', '以內', '内', '內', '低于', '低於', '前'),
}
CN = {'零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5,
      '六': 6, '七': 7, '八': 8, '九': 9}
CNU = {'十': 10, '百': 100, '千': 1000}

errors, notes = [], []
def error(w, m): errors.append(f'ERROR {w}: {m}')
def note(w, m): notes.append(f'NOTE  {w}: {m}')

essays = {n[:-4]: open(os.path.join(ESSAY_DIR, n), encoding='utf-8').read()
          for n in sorted(os.listdir(ESSAY_DIR)) if n.endswith('.txt')}

def read_jsonl(name, keys):
    rows = []
    for no, line in enumerate(open(os.path.join(BASE, name), encoding='utf-8'), 1):
        w = f'{name}:{no}'
        try:
            r = json.loads(line)
        except ValueError as e:
            error(w, f'not JSON {e}'); continue
        if tuple(r) != keys:
            error(w, f'keys {list(r)}'); continue
        if r['doc'] not in essays:
            error(w, f'unknown doc {r["doc"]}'); continue
        rows.append((w, r))
    return rows

def check_span(w, doc, span, label='text'):
    if not isinstance(span, str) or not span:
        error(w, f'{label} empty'); return False
    if span not in essays[doc]:
        error(w, f'{label} not in {doc}: {span!r}'); return False
    return True

def cn_value(s):
    """Chinese numeral string (一百二十, 二十, 两, 百) -> number."""
    total, cur = 0, 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch in CNU:
            total += (cur or 1) * CNU[ch]; cur = 0
        elif ch in '万萬':
            total = (total + cur or 1) * 10000; cur = 0
    return total + cur

def numbers_in(text):
    """All numbers in text, normalised, with their end offsets."""
    out = []
    for m in re.finditer(r'\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?', text):
        v, end = float(m.group().replace(',', '')), m.end()
        rest = text[end:]
        mult = re.match(r'[余餘多几幾]?([万萬亿億])', rest)
        if mult: v *= 10000 if mult.group(1) in '万萬' else 1e8
        if rest.startswith('‰'): v /= 10
        out.append((v, m.start(), end))
    for m in re.finditer(r'[零一二两兩三四五六七八九十百千]+[万萬]?|[万萬](?=[余餘多张張人份])', text):
        s = m.group()
        out.append((float(cn_value(s)), m.start(), m.end()))
    return out

def cue_near(text, start, end):
    after, before = text[end:end + 5], text[max(0, start - 4):start]
    found = set()
    for q, words in CUES.items():
        if q == 'nearly' or (q == 'about' and any(w in before for w in words if w != '左右')):
            if any(w in before for w in words): found.add(q)
        if q == 'about' and '左右' in after: found.add(q)
        if q in ('at_least', 'more_than', 'at_most') and any(w in after for w in words):
            found.add(q)
        if q in ('at_least', 'at_most', 'more_than') and any(w in before for w in ('不少于', '不少於', '不低于', '不低於', '至少', '不超过', '不超過', '低于', '低於', '超过', '超過', '突破', '前')):
            found.add(q)
    return found

def table_cell(doc, row, col):
    lines = essays[doc].split('\n')
    for i, ln in enumerate(lines):
        cells = ln.split('\t')
        if len(cells) > 1 and cells[0] == row:
            for j in range(i - 1, -1, -1):
                head = lines[j].split('\t')
                if len(head) > 1 and col in head:
                    k = head.index(col)
                    return cells[k] if k < len(cells) else None
                if '\t' not in lines[j]:
                    break
    return None

figures = read_jsonl('figures.jsonl', FIGURE_KEYS)
span_use = collections.Counter()
for w, r in figures:
    doc, text, cat, q, unit, v, vmax = r['doc'], r['text'], r['category'], r['qualifier'], r['unit'], r['value'], r['valueMax']
    ok = check_span(w, doc, text)
    if cat not in CATEGORIES: error(w, f'category {cat}')
    if q not in QUALIFIERS: error(w, f'qualifier {q}')
    if r['claim'] not in CLAIMS: error(w, f'claim {r["claim"]}')
    if q == 'range':
        if not isinstance(vmax, (int, float)) or (v is not None and vmax <= v): error(w, 'bad valueMax')
    elif vmax is not None: error(w, 'valueMax only with range')
    if cat == 'rate' and unit != '%': error(w, 'rate uses %')
    if cat == 'satisfaction' and unit not in ('%', '分'): error(w, 'satisfaction uses % (or 分 for a score)')
    if cat == 'investment' and unit != '元': error(w, 'investment uses 元')
    if unit == '元' and ok and '元' not in text and not r['table']: error(w, 'unit 元 but no 元 in text')
    if not ok: continue
    blank = bool(PLACEHOLDER.search(text))
    if (v is None) != blank: error(w, 'null value iff placeholder in text')
    if r['table'] is not None:
        t = r['table']
        cell = table_cell(doc, t['row'], t['col'])
        if cell is None: error(w, f'table cell not found {t}')
        else:
            cv = float(cell) * (10000 if '万元' in t['col'] else 1)
            if abs(cv - v) > 1e-6: error(w, f'table cell {cell} != {v}')
            if not text.endswith(cell) or not text.startswith(t['row']): error(w, 'table text must run from row label to the cell')
    elif v is not None:
        nums = numbers_in(text)
        hits = [(s, e) for val, s, e in nums if abs(val - v) < 1e-6]
        if not hits: error(w, f'value {v} not read in {text!r} (read {[n[0] for n in nums]})')
        else:
            cues = set().union(*(cue_near(text, s, e) for s, e in hits))
            if q not in ('exact', 'range') and q not in cues:
                note(w, f'qualifier {q} without a listed cue next to the number in {text!r}')
            if q == 'exact' and cues:
                note(w, f'exact but cue(s) {sorted(cues)} near the number in {text!r}')
    span_use[(doc, text)] += 1
for (doc, text), n in span_use.items():
    if n > 1 and essays[doc].count(text) < n:
        note(f'figures {doc}', f'{text!r} carries {n} figures')

honors = read_jsonl('honors.jsonl', HONOR_KEYS)
seen = collections.Counter()
for w, r in honors:
    doc = r['doc']; ok = check_span(w, doc, r['text'])
    for k in ('awarder', 'year'):
        if r[k] is not None and r[k] not in essays[doc]: error(w, f'{k} not in essay')
        if r[k] is not None and ok and r[k] not in r['text']: note(w, f'{k} {r[k]!r} not inside text span')
    rec = r['recipient']
    if rec not in ('unit', 'person') and not rec.startswith('person:'): error(w, f'recipient {rec}')
    if rec.startswith('person:') and ok and rec[7:] not in r['text']: note(w, f'person {rec[7:]} not in span')
    seen[(doc, r['title'])] += 1
for k, n in seen.items():
    if n > 1: error('honors', f'duplicate {k}')

placeholders = read_jsonl('placeholders.jsonl', PLACEHOLDER_KEYS)
listed = collections.defaultdict(list)
for w, r in placeholders: listed[r['doc']].append(r['text'])
for doc, text in essays.items():
    if listed.get(doc, []) != [m.group() for m in PLACEHOLDER.finditer(text)]:
        error(f'placeholders {doc}', 'list differs from scan')

sections = read_jsonl('sections.jsonl', SECTION_KEYS)
cnt = collections.Counter()
for w, r in sections:
    doc = r['doc']; cnt[doc] += 1
    if r['genre'] not in GENRES: error(w, f'genre {r["genre"]}')
    if tuple(r['sections']) != SECTION_IDS: error(w, 'section ids'); continue
    for sid, st in r['sections'].items():
        if st not in STATUSES: error(w, f'{sid} status {st}')
        if st == 'missing':
            if sid in r['evidence']: error(w, f'{sid} missing with evidence')
            continue
        span = r['evidence'].get(sid)
        if not span: error(w, f'{sid} no evidence'); continue
        if not check_span(w, doc, span, f'evidence[{sid}]'): continue
        if len(span) > EVIDENCE_MAX: error(w, f'evidence[{sid}] too long')
        if st == 'headed':
            lines = [ln for ln in essays[doc].split('\n') if span in ln]
            if not any(len(ln) <= 60 or ln.startswith(span) for ln in lines):
                error(w, f'headed evidence[{sid}] not from a heading: {span!r}')
    for sid in r['evidence']:
        if sid not in SECTION_IDS: error(w, f'unknown id {sid}')
for doc in essays:
    if cnt[doc] != 1: error('sections', f'{doc} has {cnt[doc]} lines')

for doc, text in essays.items():
    n = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 800 <= n <= 3000: note(doc, f'{n} Chinese characters (outside 800-3000)')

print('figures by category x claim')
cc = collections.Counter((r['category'], r['claim']) for _, r in figures)
print('  ' + ' ' * 13 + ''.join(f'{c[:8]:>10}' for c in CLAIMS))
for cat in CATEGORIES:
    print(f'  {cat:<13}' + ''.join(f'{cc[(cat, c)]:>10}' for c in CLAIMS))
print(f'  figures {len(figures)} (null values {sum(r["value"] is None for _, r in figures)}, table cells {sum(r["table"] is not None for _, r in figures)})')
print(f'essays {len(essays)}  honors {len(honors)}  placeholders {len(placeholders)}  section lines {len(sections)}')
for line in notes + errors: print(line)
print('OK' if not errors else f'{len(errors)} error(s)')
sys.exit(1 if errors else 0)
