"""Draws a seeded sample of the sources `framing analyze` found in a corpus, for typing by hand (issue 13).

Usage: python3 sample-source-types.py WORK N SEED OUT.csv [EARLIER.csv ...]
WORK holds in/ (the corpus as analysed) and out/ (analyze's tables). Writes article_id, source_start, source_end (file
offsets), source_text, an empty label column, the file name and the text around the span (the span marked [[...]]),
and never the tool's types: the person labelling must not see them. EARLIER.csv: label files of earlier samples of the
same compartment (article_id, source_start, source_end in file offsets); sources overlapping one of their spans are
not drawn again, so a new sample is disjoint from them.
"""
import csv, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from locate_spans import locate, normalise

work, n, seed, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
earlier = [r for path in sys.argv[5:] for r in csv.DictReader(open(path, encoding="utf-8"))]
paths = {a["article_id"]: os.path.join(work, a["path"]) for a in csv.DictReader(open(f"{work}/out/articles.csv", encoding="utf-8"))}
rows, seen = [], set()
for r in csv.DictReader(open(f"{work}/out/attributions.csv", encoding="utf-8")):
    if not r["source_start"]:
        continue
    key = (r["article_id"], r["source_start"], r["source_end"])
    if key not in seen:
        seen.add(key)
        rows.append(r)
texts = {}
def file_span(r):
    path = paths[r["article_id"]]
    if path not in texts:
        texts[path] = normalise(open(path, encoding="utf-8").read())
    s = locate(texts[path], r["source_text"], int(r["source_start"]), r["cue"], int(r["cue_start"]) - int(r["source_start"]))
    return s, s + len(r["source_text"])
def drawn_before(r):
    s, e = file_span(r)
    return s < 0 or any(x["article_id"] == r["article_id"] and min(e, int(x["source_end"])) > max(s, int(x["source_start"]))
               for x in earlier)
if earlier:
    rows = [r for r in rows if not drawn_before(r)]
random.Random(seed).shuffle(rows)
rows = sorted(rows[:n], key=lambda r: (r["article_id"], int(r["source_start"])))
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["article_id", "source_start", "source_end", "source_text", "label", "file", "context"])
    for r in rows:
        path = paths[r["article_id"]]
        if path not in texts:
            texts[path] = normalise(open(path, encoding="utf-8").read())
        text = texts[path]
        s = locate(text, r["source_text"], int(r["source_start"]), r["cue"], int(r["cue_start"]) - int(r["source_start"]))
        if s < 0:
            print(f"not located: {r['article_id']} {r['source_text']!r}", file=sys.stderr)
            continue
        e = s + len(r["source_text"])
        context = text[max(0, s - 300):s] + "[[" + text[s:e] + "]]" + text[e:e + 300]
        w.writerow([r["article_id"], s, e, text[s:e], "", os.path.basename(path), context])
