#!/usr/bin/env bash
# Measures the loaded-sentence classifier on BABE (Spinde et al., 2021), real news sentences labelled by experts.
# The data is NOT part of this repository (measure only). Looks for ../shared/datasets/babe beside the checkout,
# or $BABE_DIR; skips cleanly when absent. Prints:
#   1. out of the box: the shipped model (trained only on the project's own data) on SG2;
#   2. per-outlet levels: for SG2 and SG1, outlets with >= 30 sentences, the share of sentences the shipped model calls
#      loaded against the experts' share (mean absolute difference, Spearman's rho);
#   3. k-fold: 'framing train loaded --folds 5' on SG2 itself (the ML.NET pipeline with real labels), with the
#      encoder (static tier) and without it, and a scikit-learn TF-IDF + logistic regression peer on the same folds
#      when python3-sklearn is installed; then MiniLM with its top five layers fine-tuned ('--fine-tune 5', about 40 minutes
#      on two cores; FINE_TUNE=0 skips it, FINE_TUNE=N fine-tunes N layers, 2 takes about 15 minutes).
# SPLITS="SG1" measures sections 1 and 2 on SG1 only (the development split; default "SG2 SG1"), so that candidates can be
# compared without reading SG2; section 3 needs SG2 and is skipped without it.
# ENCODER=contextual evaluates the contextual tier's shipped model in 1 and 2 (slower).
# Usage (from the repository root): bash tests/real-data/evaluate-babe.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
babe=${BABE_DIR:-$root/../shared/datasets/babe}
if [ ! -f "$babe/final_labels_SG2.csv" ]; then
  echo "BABE not found at $babe (set BABE_DIR); skipping."
  exit 0
fi
splits=${SPLITS:-"SG2 SG1"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# BABE is semicolon-separated UTF-8 with BOM; labels Biased / Non-biased / No agreement (dropped).
for sg in $splits; do
python3 - "$babe/final_labels_$sg.csv" "$work/$sg.csv" "$work/$sg.outlets" <<'PY'
import csv, sys
src, dst, outlets = sys.argv[1], sys.argv[2], sys.argv[3]
with open(src, encoding="utf-8-sig", newline="") as f, open(dst, "w", encoding="utf-8", newline="") as g, open(outlets, "w", encoding="utf-8") as o:
    out = csv.writer(g)
    out.writerow(["text", "label"])
    kept = dropped = 0
    for row in csv.DictReader(f, delimiter=";"):
        label = {"Biased": "loaded", "Non-biased": "neutral"}.get(row["label_bias"].strip())
        if label is None or not row["text"].strip():
            dropped += 1
            continue
        out.writerow([row["text"].strip(), label])
        o.write((row.get("outlet") or "").strip() + "\n")
        kept += 1
print(f"{src.split('_')[-1][:-4]}: {kept} sentences kept, {dropped} without agreement dropped", file=sys.stderr)
PY
done
dotnet build "$root/src/FramingAnalyzer.Cli" -c Release -v quiet -nologo >/dev/null
framing() { dotnet "$root/src/FramingAnalyzer.Cli/bin/Release/net10.0/framing.dll" "$@"; }
encoder=${ENCODER:-static}
model="$root/corpora/models/loaded.zip"
[ "$encoder" = contextual ] && model="$root/corpora/models/contextual/loaded.zip"
model=${MODEL:-$model}   # MODEL=path/to/loaded.zip measures another model (e.g. one retrained with your data)
echo "== 1. Shipped model ($encoder tier; trained on the project's own sentences only) on BABE ${splits// / and }"
for sg in $splits; do
  framing evaluate loaded --model "$model" --data "$work/$sg.csv" --out "$work/eval-$sg" | sed -n '1,6p'
done
echo "== 2. Per-outlet share of sentences called loaded vs the experts' share (outlets with >= 30 sentences)"
for sg in $splits; do
python3 - "$sg" "$work/$sg.outlets" "$work/eval-$sg/predictions.csv" <<'PY'
import csv, sys
from collections import defaultdict
name, outlets_path, predictions_path = sys.argv[1:4]
outlets = [line.rstrip("\n") for line in open(outlets_path, encoding="utf-8")]
rows = list(csv.DictReader(open(predictions_path, encoding="utf-8")))
assert len(rows) == len(outlets), (len(rows), len(outlets))
by = defaultdict(lambda: [0, 0, 0])
for outlet, row in zip(outlets, rows):
    b = by[outlet]
    b[0] += 1
    b[1] += row["gold"] == "loaded"
    b[2] += row["predicted"] == "loaded"
kept = sorted((o, n, g / n, p / n) for o, (n, g, p) in by.items() if n >= 30 and o)
def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r
experts, model = [k[2] for k in kept], [k[3] for k in kept]
rx, ry = ranks(experts), ranks(model)
mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
rho = cov / (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
mad = sum(abs(a - b) for a, b in zip(experts, model)) / len(kept)
print(f"{name}: {len(kept)} outlets, mean |model - experts| = {mad:.3f}, Spearman rho = {rho:.3f}")
for o, n, g, p in kept:
    print(f"  {o:<28} n={n:<4} experts {g:.2f}  model {p:.2f}")
PY
done
if [ "${QUICK:-0}" = 1 ]; then exit 0; fi   # QUICK=1: sections 1 and 2 only
case " $splits " in *" SG2 "*) ;; *) exit 0 ;; esac
echo "== 3. 5-fold cross-validation of 'framing train loaded' on BABE SG2 (published best: macro-F1 0.804, RoBERTa + distant supervision)"
for enc in none static contextual; do
  framing train loaded --data "$work/SG2.csv" --folds 5 --seed 42 --encoder "$enc" | sed -n '2,4p'
done
if [ "${FINE_TUNE:-5}" != 0 ]; then
  framing train loaded --data "$work/SG2.csv" --folds 5 --seed 42 --fine-tune "${FINE_TUNE:-5}" 2>/dev/null | sed -n '2,4p;/per-fold/p'
fi
if /usr/bin/python3 -c "import sklearn" 2>/dev/null; then
  echo "-- peer on the same folds: scikit-learn TF-IDF (word 1-2-grams + char 2-5-grams) + logistic regression"
  framing train loaded --data "$work/SG2.csv" --folds 5 --seed 42 --encoder none --write-folds "$work/folds.csv" >/dev/null
  /usr/bin/python3 - "$work/SG2.csv" "$work/folds.csv" <<'PY'
import csv, sys
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from scipy.sparse import hstack
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
folds = [int(r["fold"]) for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))]
texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
gold, pred = [], []
for f in sorted(set(folds)):
    train = [i for i, k in enumerate(folds) if k != f]
    test = [i for i, k in enumerate(folds) if k == f]
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    xtr = hstack([word.fit_transform([texts[i] for i in train]), char.fit_transform([texts[i] for i in train])])
    xte = hstack([word.transform([texts[i] for i in test]), char.transform([texts[i] for i in test])])
    model = LogisticRegression(C=4.0, max_iter=2000).fit(xtr, [labels[i] for i in train])
    gold += [labels[i] for i in test]
    pred += list(model.predict(xte))
print(f"  TF-IDF + LR, same 5 folds: macro-F1 {f1_score(gold, pred, average='macro'):.3f}")
PY
fi
