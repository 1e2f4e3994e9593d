"""Agreement between two people's source-type labels for the same sample (issue 13), and a consensus file.

Usage: python3 label-agreement.py A.csv B.csv [CONSENSUS.csv]
Both files as drawn by sample-source-types.py and typed by hand (article_id, source_start, source_end, ..., label).
Prints counts only (no rows: the samples may be held out): rows in both, raw agreement over all rows, agreement and
Cohen's kappa over rows both typed with a source type (not bad / x / empty), and the agreement per type of A.
With CONSENSUS.csv, writes the rows where the two agree, for evaluate-source-types.sh (LABELS=CONSENSUS.csv).
"""
import collections, csv, sys

NON_TYPES = {"bad", "x", ""}


def read(path):
    rows = {}
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        for r in reader:
            rows[(r["article_id"], r["source_start"], r["source_end"])] = r
    return rows, fields


a, fields = read(sys.argv[1])
b, _ = read(sys.argv[2])
keys = [k for k in a if k in b]
pairs = [(a[k]["label"].strip(), b[k]["label"].strip()) for k in keys]
print(f"rows in both: {len(keys)} (A {len(a)}, B {len(b)})")
print(f"raw agreement (all labels, bad and x included): {sum(x == y for x, y in pairs) / max(1, len(pairs)):.3f}")
typed = [(x, y) for x, y in pairs if x not in NON_TYPES and y not in NON_TYPES]
n = len(typed)
observed = sum(x == y for x, y in typed) / max(1, n)
ca, cb = collections.Counter(x for x, _ in typed), collections.Counter(y for _, y in typed)
expected = sum(ca[t] * cb[t] for t in ca) / max(1, n * n)
kappa = (observed - expected) / (1 - expected) if expected < 1 else float("nan")
print(f"both typed: {n}; agreement {observed:.3f}; Cohen's kappa {kappa:.3f}")
per = collections.defaultdict(lambda: [0, 0])
for x, y in typed:
    per[x][0] += x == y
    per[x][1] += 1
print("agreement by A's type: " + ", ".join(f"{t} {ok}/{total}" for t, (ok, total) in sorted(per.items(), key=lambda kv: -kv[1][1])))
if len(sys.argv) > 3:
    with open(sys.argv[3], "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        kept = 0
        for k in keys:
            if a[k]["label"].strip() == b[k]["label"].strip():
                w.writerow(a[k])
                kept += 1
    print(f"consensus rows written: {kept}")
