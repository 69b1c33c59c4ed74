#!/usr/bin/python3
"""Writes a benchmark corpus of SIZE_MB megabytes, reproducible from SEED.

Articles are built from the sentence patterns of corpus/*.txt: every
gazetteer person and country name in a sentence is replaced by another of the
same kind, years and US-dollar amounts are redrawn, so mention and relation
density stay like real news. Output: DIR/NNNN/ARTICLE.txt files.
Run with Debian's /usr/bin/python3 (python3-yaml).
"""
import os
import random
import re
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def load_names():
    people, countries = [], []
    gaz = os.path.join(ROOT, "gazetteer")
    for dirpath, _, files in os.walk(gaz):
        for f in sorted(files):
            if not f.endswith(".yaml"):
                continue
            with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
                data = yaml.safe_load(fh) or {}
            for p in data.get("people") or []:
                people += [n for n in (p.get("names") or {}).get("zh-Hans") or [] if len(n) >= 2]
            for c in data.get("countries") or []:
                countries += [n for n in (c.get("names") or {}).get("zh-Hans") or [] if 2 <= len(n) <= 6]
    return sorted(set(people)), sorted(set(countries))


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: tools/gen-corpus SIZE_MB SEED DIR")
    size = int(float(sys.argv[1]) * 1024 * 1024)
    rng = random.Random(int(sys.argv[2]))
    out_dir = sys.argv[3]
    people, countries = load_names()
    # Longest names first, so that 越南社会主义共和国 is replaced whole.
    names = re.compile("|".join(re.escape(n) for n in sorted(people + countries, key=len, reverse=True)))
    people_set = set(people)
    seeds = []
    corpus = os.path.join(ROOT, "corpus")
    for f in sorted(os.listdir(corpus)):
        if f.endswith(".txt"):
            with open(os.path.join(corpus, f), encoding="utf-8") as fh:
                seeds.append(fh.read().split("\n"))

    def substitute(line):
        line = names.sub(lambda m: rng.choice(people if m.group(0) in people_set else countries), line)
        line = re.sub(r"(19|20)\d\d年", lambda m: f"{rng.randint(1990, 2025)}年", line)
        line = re.sub(r"\d+(\.\d+)?(万|亿)美元", lambda m: f"{rng.randint(1, 9999)}{m.group(2)}美元", line)
        return line

    written, n = 0, 0
    while written < size:
        lines = rng.choice(seeds)
        text = "\n".join(substitute(line) for line in lines)
        folder = os.path.join(out_dir, f"{n // 1000:04d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"a{n:07d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        written += len(text.encode("utf-8"))
        n += 1
    print(f"gen-corpus: {n} articles, {written / 1048576:.1f} MB in {out_dir}")


if __name__ == "__main__":
    main()
