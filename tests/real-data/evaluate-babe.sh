#!/usr/bin/env bash
# Measures the loaded-sentence classifier on BABE (Spinde et al., 2021), real news sentences labelled by experts.
# The data is NOT part of this repository (measure only). Looks for ../shared/datasets/babe beside the checkout,
# or $BABE_DIR; skips cleanly when absent. Prints:
#   1. out of the box: the shipped model (trained only on the project's own data) on SG2;
#   2. k-fold: 'framing train loaded --folds 5' on SG2 itself (the ML.NET pipeline with real labels).
# Usage (from the repository root): bash tests/real-data/evaluate-babe.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
babe=${BABE_DIR:-$root/../shared/datasets/babe}
if [ ! -f "$babe/final_labels_SG2.csv" ]; then
  echo "BABE not found at $babe (set BABE_DIR); skipping."
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# BABE is semicolon-separated UTF-8 with BOM; labels Biased / Non-biased / No agreement (dropped).
python3 - "$babe/final_labels_SG2.csv" "$work/sg2.csv" <<'PY'
import csv, sys
src, dst = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8-sig", newline="") as f, open(dst, "w", encoding="utf-8", newline="") as g:
    out = csv.writer(g)
    out.writerow(["text", "label"])
    kept = dropped = 0
    for row in csv.DictReader(f, delimiter=";"):
        label = {"Biased": "loaded", "Non-biased": "neutral"}.get(row["label_bias"].strip())
        if label is None or not row["text"].strip():
            dropped += 1
            continue
        out.writerow([row["text"].strip(), label])
        kept += 1
print(f"SG2: {kept} sentences kept, {dropped} without agreement dropped", file=sys.stderr)
PY
dotnet build "$root/src/FramingAnalyzer.Cli" -c Release -v quiet -nologo >/dev/null
framing() { dotnet "$root/src/FramingAnalyzer.Cli/bin/Release/net10.0/framing.dll" "$@"; }
echo "== 1. Shipped model (trained on the project's own sentences only) on BABE SG2"
framing evaluate loaded --data "$work/sg2.csv"
echo "== 2. 5-fold cross-validation of 'framing train loaded' on BABE SG2 (published best: macro-F1 0.804, RoBERTa + distant supervision)"
framing train loaded --data "$work/sg2.csv" --folds 5 --seed 42
