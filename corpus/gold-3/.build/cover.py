import json, re, os, sys
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
figs = [json.loads(l) for l in open(os.path.join(B, 'figures.jsonl'))]
for fn in sorted(os.listdir(os.path.join(B, 'essays'))):
    d = fn[:-4]; t = open(os.path.join(B, 'essays', fn)).read()
    cov = [0] * len(t)
    for f in figs:
        if f['doc'] != d: continue
        for m in re.finditer(re.escape(f['text']), t):
            for i in range(m.start(), m.end()): cov[i] = 1
    out = []
    for m in re.finditer(r'\d+(?:\.\d+)?|[零一二两兩三四五六七八九十百千]+(?:[万萬])?', t):
        if not any(cov[m.start():m.end()]):
            s = t[max(0, m.start()-6):m.end()+6].replace('\n', '/')
            out.append(s)
    print('==', d, len(out)); print('  ' + ' | '.join(out))
