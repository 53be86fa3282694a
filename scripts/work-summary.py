#!/usr/bin/env python3
"""Summarises per-page work of two builds, for compare-work.sh and work-per-page.sh.

Usage: work-summary.py OLD.tsv NEW.tsv   (lines: corpus<TAB>page<TAB>instructions)
Prints, per corpus and over all, the median ratio new/old and the pages that take more than
10% and 20% more, then the ten largest ratios.
"""
import statistics
import sys


def load(path):
    rows = {}
    for line in open(path):
        corpus, page, n = line.rstrip("\n").split("\t")
        if n:
            rows[page] = (corpus, max(int(n), 1))
    return rows


old, new = load(sys.argv[1]), load(sys.argv[2])
ratios = [(new[p][1] / old[p][1], p, old[p][0]) for p in old if p in new]


def summary(name, rs):
    r = [x[0] for x in rs]
    print(f"{name:<45} pages {len(r):>4}  median new/old {statistics.median(r):.2f}  "
          f">10% more: {sum(x > 1.1 for x in r):>3}  >20% more: {sum(x > 1.2 for x in r):>3}")


for corpus in sorted({c for _, _, c in ratios}):
    summary(corpus, [x for x in ratios if x[2] == corpus])
summary("all", ratios)
for ratio, page, _ in sorted(ratios, reverse=True)[:10]:
    print(f"  x{ratio:.2f}  {page}")
