#!/usr/bin/env python3
"""How well the article's `confidence` predicts its quality, on a WCXB-layout corpus.

  scripts/confidence.py [CORPUS] [--cli PATH] [--half tune|check]

Runs the CLI in batch mode (--format json) over the corpus's pages, scores each page's
`text` with the corpus's own metric (word F1, from ../shared/eval/score_wcxb.py), and prints,
per band of confidence (0-0.5, 0.5-0.8, 0.8-1), how many pages fall in it and their mean F1.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("DECLUTTER_SHARED", os.path.join(HERE, "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "eval"))
from score_wcxb import half_of, unpacked, word_prf  # noqa: E402

BANDS = [(0.0, 0.5), (0.5, 0.8), (0.8, 1.01)]


def articles(cli, paths, env=None):
    """Runs the CLI in batch mode (--format json) over `paths` ({id: file}) and yields
    (id, article object) for each page, in the order the CLI finishes them."""
    by_path = {p: i for i, p in paths.items()}
    out = subprocess.run([cli, "--format", "json", "--jobs", "2", *paths.values()],
                         capture_output=True, env=env, check=False)
    for line in out.stdout.decode("utf-8", "replace").split("\n"):
        if not line.strip():
            continue
        obj = json.loads(line)
        i = by_path.get(obj.get("file"))
        if i is not None:
            yield i, obj


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=os.path.join(SHARED, "corpus", "wcxb-dev"))
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "target", "release", "declutter"))
    ap.add_argument("--half", choices=["tune", "check"])
    a = ap.parse_args()
    truth = json.load(open(os.path.join(a.corpus, "truth.json"), encoding="utf-8"))
    ids = sorted(i for i in truth if not a.half or half_of(i) == a.half)
    paths = unpacked(a.corpus, ids)
    pages = []
    for i, obj in articles(a.cli, paths):
        text = "" if "error" in obj else obj.get("text") or ""
        conf = 0.0 if "error" in obj else obj.get("confidence", 0.0)
        pages.append((conf, word_prf(text, truth[i]["articleBody"])[2]))
    n = len(pages)
    print(f"{'confidence':<12}{'pages':>7}{'share':>8}{'mean F1':>9}")
    for lo, hi in BANDS:
        band = [f for c, f in pages if lo <= c < hi]
        mean = sum(band) / len(band) if band else 0.0
        print(f"{lo:.1f}-{min(hi, 1.0):.1f}{'':<5}{len(band):>7}{len(band) / n:>8.1%}{mean:>9.3f}")
    print(f"all{'':<9}{n:>7}{1:>8.0%}{sum(f for _, f in pages) / n:>9.3f}")


if __name__ == "__main__":
    main()
