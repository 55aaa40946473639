#!/usr/bin/env python3
"""Builds figures/honors/placeholders/sections jsonl from the per-doc annotation files a*.py."""
import json, os, re, glob
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ESS = os.path.join(BASE, 'essays')
IDS = ('overview', 'profile', 'leadership', 'theory', 'morality', 'credit',
       'volunteer', 'activities', 'culture', 'service', 'governance',
       'environment', 'responsibility', 'results', 'highlights',
       'problems', 'plans', 'signature')
PH = re.compile(
    r'(?<![A-Za-z0-9])20(?:xx|XX|__)(?![A-Za-z_])'
    r'|(?<![A-Za-z])(?:x{2,}|X{2,})(?![A-Za-z])'
    r'|×{2,}|_{2,}\*?|＿+|\*{2,}')
figs, hons, secs, phs = [], [], [], []
cur = {'doc': None, 'text': ''}
def DOC(d):
    cur['doc'] = d
    cur['text'] = open(os.path.join(ESS, d + '.txt'), encoding='utf-8').read()
def num(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v
def F(cat, val, unit, text, claim='achieved', q='exact', vmax=None):
    figs.append(dict(doc=cur['doc'], category=cat, value=num(val) if val is not None else None, unit=unit,
                     qualifier=q, valueMax=vmax, text=text, claim=claim, table=None))
def T(cat, row, col, unit, claim='achieved'):
    lines = cur['text'].split('\n')
    for i, ln in enumerate(lines):
        cells = ln.split('\t')
        if len(cells) > 1 and cells[0] == row:
            for j in range(i - 1, -1, -1):
                head = lines[j].split('\t')
                if col in head:
                    k = head.index(col); break
            else:
                raise SystemExit(f'no col {col} {cur["doc"]}')
            cell = cells[k]
            v = float(cell) * (10000 if '万元' in col or '萬元' in col else 1)
            text = '\t'.join(cells[:k + 1])
            figs.append(dict(doc=cur['doc'], category=cat, value=num(v), unit=unit, qualifier='exact',
                             valueMax=None, text=text, claim=claim, table={'row': row, 'col': col}))
            return
    raise SystemExit(f'no row {row} {cur["doc"]}')
def H(title, text, rec='unit', awarder=None, year=None):
    hons.append(dict(doc=cur['doc'], title=title, awarder=awarder, year=year, recipient=rec, text=text))
def S(genre, **kw):
    sec, ev = {}, {}
    for i in IDS:
        if i in kw:
            st, e = kw[i]
            sec[i] = {'h': 'headed', 'i': 'inline'}[st]; ev[i] = e
        else:
            sec[i] = 'missing'
    bad = set(kw) - set(IDS)
    if bad: raise SystemExit(f'bad ids {bad}')
    secs.append(dict(doc=cur['doc'], genre=genre, sections=sec, evidence=ev))
    for m in PH.finditer(cur['text']):
        phs.append(dict(doc=cur['doc'], text=m.group()))
for f in sorted(glob.glob(os.path.join(BASE, '.build', 'a[0-9]*.py'))):
    exec(open(f, encoding='utf-8').read())
_cache = {}
def _pos(r):
    d = r['doc']
    if d not in _cache: _cache[d] = open(os.path.join(ESS, d + '.txt'), encoding='utf-8').read()
    return (d, _cache[d].find(r['text']))
figs.sort(key=_pos); hons.sort(key=_pos)
def dump(name, rows):
    with open(os.path.join(BASE, name), 'w', encoding='utf-8') as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
dump('figures.jsonl', figs); dump('honors.jsonl', hons); dump('placeholders.jsonl', phs); dump('sections.jsonl', secs)
print(len(figs), len(hons), len(phs), len(secs))
