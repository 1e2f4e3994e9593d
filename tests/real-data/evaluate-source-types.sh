#!/usr/bin/env bash
# Measures source TYPING on real news (issue 13): the types `framing analyze` gives to sources it found in PolNeAR
# articles, against types a person gave those sources by hand. The corpus is not part of this repository (measure only):
# it is looked for at ../shared/datasets/polnear beside the checkout or $POLNEAR_DIR;
# the labels at $LABELS (default tests/real-data/labels/polnear-dev5-source-types.csv, or -test4- with COMPARTMENT=test:
# offsets and types only, see that folder's README). Skips cleanly when either is absent. COMPARTMENT=dev (default) or test.
#
# Labels file: CSV with article_id,source_start,source_end,label (other columns ignored); label is one of the source types,
# 'unknown' (the text gives no type: "a source"), 'bad' (the span is not a source noun phrase) or 'x' (cannot tell).
# A labelled source is matched to the attribution of the same article whose source span overlaps it most (in file
# offsets: tests/real-data/locate_spans.py). A sample is drawn with tests/real-data/sample-source-types.py.
# Prints: found share, type accuracy over found sources labelled with a type, the unknown share among them, how many
# 'bad' spans are still produced, and a confusion list. ROWS=FILE also writes each labelled source with the tool's span,
# type and evidence (for error analysis on development samples only: never on a held-out sample).
# LABELS may name several files of one corpus and compartment, space-separated: the tool runs once, and each file's
# figures are printed, then the pooled figures (e.g. every development sample of PolNeAR in one run).
# CORPUS=babe measures on BABE's sentences instead ($BABE_DIR or ../shared/datasets/babe; labels default
# tests/real-data/labels/babe-dev1-source-types.csv), each sentence an article of its own (babe-articles.py). BABE's
# sentences carry no date; they come from 2017-2020 news, so they are read with `--undated-as 2017-01-01..2020-12-31`
# (public figures in the role they held longest in those years), as a user who knows the corpus's years would;
# UNDATED=none reads them with no date (only what all of a person's roles agree on).
# Usage (from the repository root): bash tests/real-data/evaluate-source-types.sh [extra analyze options]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
polnear=${POLNEAR_DIR:-$root/../shared/datasets/polnear}
babe=${BABE_DIR:-$root/../shared/datasets/babe}
corpus=${CORPUS:-polnear}
compartment=${COMPARTMENT:-dev}
case $corpus:$compartment in babe:*) sample=babe-dev1 ;; *:test) sample=polnear-test4 ;; *) sample=polnear-dev5 ;; esac
labels=${LABELS:-$root/tests/real-data/labels/$sample-source-types.csv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in $labels; do
  [ -f "$f" ] || { echo "Hand labels $f not found; skipping."; exit 0; }
done
if [ "$corpus" = babe ]; then
  # CORPUS=babe: BABE's sentences (2017-2020 US news, many outlets) as one-sentence articles (babe-articles.py).
  if [ ! -f "$babe/final_labels_SG2.csv" ]; then
    echo "BABE ($babe) or the hand labels ($labels) not found; skipping."
    exit 0
  fi
  python3 "$root/tests/real-data/babe-articles.py" "$babe" "$work/in"
  undated=${UNDATED:-2017-01-01..2020-12-31}
  [ "$undated" = none ] || set -- --undated-as "$undated" "$@"
else
  if [ ! -d "$polnear/$compartment/text" ]; then
    echo "PolNeAR $compartment ($polnear) or the hand labels ($labels) not found; skipping."
    exit 0
  fi
  for f in "$polnear/$compartment"/text/*.txt; do
    name=$(basename "$f"); outlet=${name%%_*}
    mkdir -p "$work/in/$outlet" && cp "$f" "$work/in/$outlet/"
  done
fi
dotnet build "$root/src/FramingAnalyzer.Cli" -c Release -v quiet -nologo >/dev/null
dotnet "$root/src/FramingAnalyzer.Cli/bin/Release/net10.0/framing.dll" analyze "$work/in" --out "$work/out" --no-charts "$@" >/dev/null
python3 - "$work/out/attributions.csv" "$labels" "$work/out/articles.csv" "$work" "$root/tests/real-data" "${ROWS:-}" <<'PY'
import collections, csv, os, sys
sys.path.insert(0, sys.argv[5])
from locate_spans import locate, normalise
# The labels hold file offsets; the tool's offsets are into its text model (cleaned lines, joined wraps, '' read as one
# quotation mark): each found source is located in the file (locate_spans.py) and the two are compared there.
paths = {a["article_id"]: os.path.join(sys.argv[4], a["path"]) for a in csv.DictReader(open(sys.argv[3], encoding="utf-8"))}
texts = {}
found = collections.defaultdict(list)
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if not r["source_start"]: continue
    article = r["article_id"]
    if article not in texts and os.path.isfile(paths.get(article, "")):
        texts[article] = normalise(open(paths[article], encoding="utf-8").read())
    s = locate(texts.get(article, ""), r["source_text"], int(r["source_start"]), r["cue"], int(r["cue_start"]) - int(r["source_start"]))
    if s >= 0: found[article].append((s, s + len(r["source_text"]), r))
def match(label):
    s, e = int(label["source_start"]), int(label["source_end"])
    best, overlap = None, 0
    for fs, fe, r in found.get(label["article_id"], []):
        o = min(e, fe) - max(s, fs)
        if o > overlap: best, overlap = r, o
    return best
def context(label):
    # the labelled span marked [[...]] with 200 characters either side, on one line (ROWS only)
    text = texts.get(label["article_id"], "")
    s, e = int(label["source_start"]), int(label["source_end"])
    return " ".join((text[max(0, s - 200):s] + "[[" + text[s:e] + "]]" + text[e:e + 200]).split())
def measure(labels_path, rows_out):
    # one labels file: prints its figures, appends its rows to rows_out, returns its counts for the pooled line
    typed = correct = unknown = missing = bad_kept = bad = 0
    confusion = collections.Counter()
    evidence = collections.Counter()
    for label in csv.DictReader(open(labels_path, encoding="utf-8")):
        gold = label["label"]
        if gold == "x": continue
        row = match(label)
        rows_out.append({"sample": os.path.basename(labels_path).replace("-source-types.csv", ""),
                         "article_id": label["article_id"], "source_start": label["source_start"], "label": gold,
                         "found_source": row["source_text"] if row else "", "source_type": row["source_type"] if row else "",
                         "type_evidence": row.get("type_evidence", "") if row else "", "cue": row["cue"] if row else "",
                         "context": context(label), "path": paths.get(label["article_id"], "")})
        if gold == "bad":
            bad += 1
            bad_kept += row is not None
            continue
        if row is None:
            missing += 1
            continue
        typed += 1
        predicted = row["source_type"]
        unknown += predicted == "unknown"
        correct += predicted == gold
        if predicted != gold: confusion[(gold, predicted)] += 1
        evidence[(row.get("type_evidence", "?"), predicted == gold)] += 1
    report(typed, correct, unknown, missing, bad_kept, bad, confusion, evidence)
    return typed, correct, unknown, missing, bad_kept, bad, confusion, evidence
def report(typed, correct, unknown, missing, bad_kept, bad, confusion, evidence):
    total = typed + missing
    print(f"labelled sources {total}, found {typed} ({typed / max(total, 1):.3f})")
    print(f"type accuracy {correct / max(typed, 1):.3f} ({correct}/{typed}); unknown share {unknown / max(typed, 1):.3f}")
    print(f"accuracy when typed (not unknown) {correct / max(typed - unknown, 1):.3f}")
    print(f"non-source spans still produced: {bad_kept} of {bad}")
    print("by evidence (evidence, right): " + ", ".join(f"{k[0]}/{'ok' if k[1] else 'wrong'} {v}" for k, v in sorted(evidence.items())))
    print("confusions (gold -> predicted): " + ", ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common(15)))
# LABELS may name several files (space-separated) of the same corpus and compartment: one run of the tool, each file's
# figures, then the pooled figures.
rows_out = []
files = sys.argv[2].split()
pooled = None
for path in files:
    if len(files) > 1: print(f"== {os.path.basename(path)}")
    counts = measure(path, rows_out)
    pooled = counts if pooled is None else tuple(a + b for a, b in zip(pooled, counts))
if len(files) > 1:
    print(f"== pooled over {len(files)} samples")
    report(*pooled)
if sys.argv[6]:
    with open(sys.argv[6], "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows_out[0]) if rows_out else ["article_id"])
        w.writeheader()
        w.writerows(rows_out)
PY
