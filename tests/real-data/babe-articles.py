"""Writes BABE's sentences as one-sentence articles for `framing analyze`, a folder per outlet, so that source typing can
be measured on sentences of 2017-2020 US news from many outlets (issue 13). BABE is not part of this repository (measure
only); this script reads it where it is and writes to a scratch folder.

Usage: python3 babe-articles.py BABE_DIR OUT_DIR
Writes OUT_DIR/OUTLET/SGn-IIIII.txt: SG2's sentences, then SG1's that SG2 does not hold (n the group, IIIII the row).
"""
import csv, os, re, sys

babe, out = sys.argv[1], sys.argv[2]
seen = set()
for group in ("SG2", "SG1"):
    path = f"{babe}/final_labels_{group}.csv"
    for i, row in enumerate(csv.DictReader(open(path, encoding="utf-8-sig"), delimiter=";")):
        text = row["text"].strip()
        if text in seen:
            continue
        seen.add(text)
        outlet = re.sub(r"[^a-z0-9]+", "-", (row.get("outlet") or "unknown").lower()).strip("-")
        os.makedirs(f"{out}/{outlet}", exist_ok=True)
        with open(f"{out}/{outlet}/{group}-{i:05d}.txt", "w", encoding="utf-8") as f:
            f.write(text + "\n")
