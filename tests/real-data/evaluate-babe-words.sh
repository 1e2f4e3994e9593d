#!/usr/bin/env bash
# Measures the loaded WORDS the tool reports per sentence against the words BABE's experts marked as biased
# (Spinde et al., 2021; SG2, column biased_words). The data is NOT part of this repository (measure only): looks for
# ../shared/datasets/babe beside the checkout, or $BABE_DIR; skips cleanly (exit 0) when absent.
#
# Each SG2 sentence with an expert label (Biased / Non-biased) becomes one article of a CSV fed to 'framing analyze';
# a sentence's predicted words are the words of its rows' `loaded_terms` (the lexicon) and, when the column exists,
# `loaded_words` (the classifier's words), split into single lower-case words. Scoring is pooled over all sentences
# (the unbiased ones included, so a word reported there is a false positive): precision = predicted words matching a
# marked word / predicted words; recall = marked words matched by a predicted word / marked words. Two words match when
# they are equal or share their first 5 letters (inflections: slammed / slamming).
# Prints P/R/F1 for loaded_terms alone, loaded_words alone and their union (the figure of issue 15).
# Extra arguments go to 'framing analyze' (e.g. --lexicon FILE). KEEP=DIR keeps the analysis output in DIR.
# SPLIT=SG1 measures the development split instead (choose settings there, report SG2).
# Usage (from the repository root): bash tests/real-data/evaluate-babe-words.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
babe=${BABE_DIR:-$root/../shared/datasets/babe}
split=${SPLIT:-SG2}
if [ ! -f "$babe/final_labels_$split.csv" ]; then
  echo "BABE not found at $babe (set BABE_DIR); skipping."
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# BABE is semicolon-separated UTF-8 with BOM; biased_words is a Python list literal.
python3 - "$babe/final_labels_$split.csv" "$work/in.csv" "$work/gold.tsv" <<'PY'
import ast, csv, sys
src, dst, gold = sys.argv[1:4]
with open(src, encoding="utf-8-sig", newline="") as f, open(dst, "w", encoding="utf-8", newline="") as g, open(gold, "w", encoding="utf-8") as o:
    out = csv.writer(g)
    out.writerow(["id", "outlet", "text"])
    n = 0
    for row in csv.DictReader(f, delimiter=";"):
        if row["label_bias"].strip() not in ("Biased", "Non-biased") or not row["text"].strip():
            continue
        n += 1
        words = ast.literal_eval(row["biased_words"] or "[]")
        out.writerow([f"s{n:05d}", "babe", row["text"].strip()])
        o.write(f"s{n:05d}\t" + "|".join(w.strip().lower() for w in words if w.strip()) + "\n")
print(f"{src.split('_')[-1][:-4]}: {n} sentences", file=sys.stderr)
PY
dotnet build "$root/src/FramingAnalyzer.Cli" -c Release -v quiet -nologo >/dev/null
out=${KEEP:-$work/out}
dotnet "$root/src/FramingAnalyzer.Cli/bin/Release/net10.0/framing.dll" analyze "$work/in.csv" --out "$out" "$@" >/dev/null 2>&1
python3 - "$work/gold.tsv" "$out/sentences.csv" <<'PY'
import csv, re, sys
gold_path, sentences_path = sys.argv[1:3]
gold = {}
for line in open(gold_path, encoding="utf-8"):
    key, words = line.rstrip("\n").split("\t")
    gold[key] = set(w for w in words.split("|") if w)
predicted = {"loaded_terms": {k: set() for k in gold}, "loaded_words": {k: set() for k in gold}}
has_words = False
for row in csv.DictReader(open(sentences_path, encoding="utf-8")):
    for column in predicted:
        cell = row.get(column)
        if cell is None:
            continue
        has_words |= column == "loaded_words"
        for item in cell.split(";"):
            item = re.sub(r"\s*\(-?[0-9.]+\)$", "", item.strip())   # a weight in brackets, if the column carries one
            for word in item.lower().split():
                word = word.strip(".,:;!?\"'“”‘’()")
                if word:
                    predicted[column][row["article_id"]].add(word)
def match(a, b):
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])
def score(name, by_sentence):
    tp_p = n_p = tp_r = n_r = 0
    for key, marked in gold.items():
        words = by_sentence[key]
        n_p += len(words)
        tp_p += sum(any(match(w, m) for m in marked) for w in words)
        n_r += len(marked)
        tp_r += sum(any(match(m, w) for w in words) for m in marked)
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name:<28} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({n_p} words reported, {n_r} marked, {len(gold)} sentences)")
score("loaded_terms", predicted["loaded_terms"])
if has_words:
    score("loaded_words", predicted["loaded_words"])
    score("union (issue 15 figure)", {k: predicted["loaded_terms"][k] | predicted["loaded_words"][k] for k in gold})
PY
