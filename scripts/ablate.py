#!/usr/bin/env python3
"""What each removal rule and each step of the judge contributes, corpus by corpus and half by half.

  scripts/ablate.py [--min-firings N] [--rule NAME ...] [--no-build]

Builds the CLI with the `ablation` feature (src/ablation.rs) into target/ablation, collects the
rules that removed something on wcxb-dev (a phrase rule counts as its language and mode, e.g.
`phrase[en] "…" (lead)` is switched off as the part `(lead)`; every other rule by its name up to
its figures), and for each rule fired at least N times (default 20), and each step of the
judge, scores every corpus with that one rule switched off. Prints, per rule, the change of
wcxb-dev's summed word F1 on `tune` and on `check` (with the pages that moved up and down),
of scrapinghub's F1, and of snippets-dev's F and leaked snippets, on each half.

How to read it: a rule whose absence gains on `tune` but not on `check` learned the pages it
was tuned on; one whose absence gains on both halves, with more pages up than down and no
corpus leaking more, does harm on pages nobody studied and is a candidate to drop. A row is
marked `<- both` when wcxb-dev gains on both halves. About 15 seconds per rule on 2 cores
(about 20 minutes for the 80-odd rules and steps of today).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SHARED = os.environ.get("DECLUTTER_SHARED", os.path.join(ROOT, "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "eval"))
from score_wcxb import half_of, unpacked, word_prf  # noqa: E402
from confidence import articles  # noqa: E402

CORPUS = os.path.join(SHARED, "corpus")
HALVES = ("tune", "check")
JUDGE_STEPS = ["judge: rescue", "judge: gutted", "judge: fragment", "judge: stripped", "judge: alternatives", "judge: beside-main"]


def family(rule):
    """The part of a rule's name that switches it off: phrase rules by language and mode."""
    m = re.match(r'(phrase\[[^\]]+\]) "[^"]*" (\([^)]*\))(.*)', rule)
    if m:
        return m.group(2) + m.group(3)
    if rule.startswith("class/id ~"):
        return rule
    if "phrase[" in rule:  # "section under phrase[en] ..."
        return rule[: rule.index("phrase[")] + "phrase"
    # Up to the figures: "link-dense block (60% of its text in links)" -> "link-dense block".
    return re.split(r" \(|\d", rule)[0].strip()


def run_wcxb(cli, env, truth, ids, paths):
    texts, rules = {}, Counter()
    for i, obj in articles(cli, paths, env):
        texts[i] = "" if "error" in obj else obj.get("text") or ""
        for r in obj.get("removed", []):
            rules[family(r["rule"])] += 1
    f1 = {i: word_prf(texts.get(i, ""), truth[i]["articleBody"])[2] for i in ids}
    return f1, rules


def score(cli, env, scorer, corpus, scratch):
    """F (or F1) and leaks per half, from one run of an official scorer."""
    pred = os.path.join(scratch, corpus + ".json")
    cmd = f"{cli} --format text --url {{url}} {{html}}"
    subprocess.run([sys.executable, os.path.join(SHARED, "eval", scorer), os.path.join(CORPUS, corpus),
                    "--jobs", "2", "--cmd", cmd, "--save-pred", pred],
                   capture_output=True, env=env, check=False)
    result = {}
    for half in HALVES:
        out = subprocess.run([sys.executable, os.path.join(SHARED, "eval", scorer), os.path.join(CORPUS, corpus),
                              "--pred", pred, "--half", half], capture_output=True, text=True, check=False).stdout
        f = re.search(r"F1? ([\d.]+)", out.strip().split("\n")[-1])
        leaks = re.search(r"leaked 'without' (\d+)", out)
        result[half] = (float(f.group(1)) if f else 0.0, int(leaks.group(1)) if leaks else 0)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-firings", type=int, default=20)
    ap.add_argument("--rule", action="append", help="switch off only these (repeatable)")
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    target = os.path.join(ROOT, "target", "ablation")
    if not a.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--features", "ablation",
                        "--target-dir", target], cwd=ROOT, check=True)
    cli = os.path.join(target, "release", "declutter")
    wcxb = os.path.join(CORPUS, "wcxb-dev")
    truth = json.load(open(os.path.join(wcxb, "truth.json"), encoding="utf-8"))
    ids = sorted(truth)
    paths = unpacked(wcxb, ids)
    env = dict(os.environ, DECLUTTER_ABLATE="")
    with tempfile.TemporaryDirectory() as scratch:
        base_f1, fired = run_wcxb(cli, env, truth, ids, paths)
        base_sh = score(cli, env, "score.py", "scrapinghub", scratch)
        base_sn = score(cli, env, "score_snippets.py", "snippets-dev", scratch)
        rules = a.rule or [r for r, n in fired.most_common() if n >= a.min_firings] + JUDGE_STEPS
        print(f"{'switched off':44} {'wcxb-dev tune':>22} {'wcxb-dev check':>22}  {'scrapinghub':>13}  "
              f"{'snippets F':>13}  {'leaks':>7}")
        for rule in rules:
            env = dict(os.environ, DECLUTTER_ABLATE=rule)
            f1, _ = run_wcxb(cli, env, truth, ids, paths)
            sh = score(cli, env, "score.py", "scrapinghub", scratch)
            sn = score(cli, env, "score_snippets.py", "snippets-dev", scratch)
            cells, gains = [], []
            for half in HALVES:
                moved = [f1[i] - base_f1[i] for i in ids if half_of(i) == half and abs(f1[i] - base_f1[i]) > 1e-9]
                total = sum(moved)
                gains.append(total > 0)
                up, down = sum(d > 0 for d in moved), sum(d < 0 for d in moved)
                cells.append(f"{total:+8.3f} ({up:3}+ {down:3}-)")
            shd = " ".join(f"{sh[h][0] - base_sh[h][0]:+.3f}" for h in HALVES)
            snd = " ".join(f"{sn[h][0] - base_sn[h][0]:+.3f}" for h in HALVES)
            lkd = " ".join(f"{sn[h][1] - base_sn[h][1]:+d}" for h in HALVES)
            mark = "  <- both" if all(gains) else ""
            print(f"{rule[:44]:44} {cells[0]:>22} {cells[1]:>22}  {shd:>13}  {snd:>13}  {lkd:>7}{mark}", flush=True)


if __name__ == "__main__":
    main()
