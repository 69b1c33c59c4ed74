#!/usr/bin/python3
"""Writes a benchmark corpus of SIZE_MB megabytes, reproducible from SEED.

Articles are built from the sentence patterns of corpus/*.txt. Each article
is one seed article whose cast is recast: every gazetteer country in it
becomes another country, and every person another person, the same one
wherever the article names them (as a real article names the same few
countries throughout), a person of the country their own country became
where the gazetteer has one. A name keeps its form: a country's first name
becomes the new country's first name, a later one a later one. Years and
US-dollar amounts are redrawn, consistently too (redraw_figures). So mention
and relation density stay like the seeds'. Output: DIR/NNNN/ARTICLE.txt files.
Run with Debian's /usr/bin/python3 (python3-yaml).
"""
import os
import random
import re
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def zh_names(entry, fits):
    return [n for n in (entry.get("names") or {}).get("zh-Hans") or [] if fits(n)]


def load_gazetteer():
    """(countries, people): id -> {"names": [...], "country": id or None}, in file order."""
    countries, people = {}, {}
    gaz = os.path.join(ROOT, "gazetteer")
    # The generated file first, so that a country's first name is its common one.
    files = [os.path.join(gaz, "countries.generated.yaml"), os.path.join(gaz, "countries.yaml")]
    for dirpath, _, names in sorted(os.walk(os.path.join(gaz, "people"))):
        files += [os.path.join(dirpath, f) for f in sorted(names) if f.endswith(".yaml")]
    for path in files:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        for c in data.get("countries") or []:
            entry = countries.setdefault(c["id"], {"names": [], "country": None})
            entry["names"] += [n for n in zh_names(c, lambda n: len(n) >= 2) if n not in entry["names"]]
        for p in data.get("people") or []:
            names = zh_names(p, lambda n: len(n) >= 2)
            if names:
                people[p["id"]] = {"names": names, "country": p.get("country")}
    countries = {k: v for k, v in countries.items() if v["names"]}
    return countries, people


class Recaster:
    """Draws, per article, a new country for each country and a new person for each person."""

    def __init__(self, rng, countries, people):
        self.rng = rng
        self.countries, self.people = countries, people
        self.country_ids = sorted(countries)
        self.person_ids = sorted(people)
        self.people_of = {}
        for pid in self.person_ids:
            self.people_of.setdefault(people[pid]["country"], []).append(pid)
        # Every name, to the entity and the rank of the name among its names.
        self.owner = {}
        for kind, table in (("country", countries), ("person", people)):
            for eid, entry in table.items():
                for rank, name in enumerate(entry["names"]):
                    self.owner.setdefault(name, (kind, eid, rank))
        # Longest names first, so that 越南社会主义共和国 is replaced whole.
        self.pattern = re.compile("|".join(re.escape(n) for n in sorted(self.owner, key=len, reverse=True)))

    def recast(self, lines):
        cast = {}  # (kind, old id) -> new id
        used = set()

        def draw(pool):
            free = [e for e in pool if e not in used]
            return self.rng.choice(free or pool)

        def new_country(old):
            key = ("country", old)
            if key not in cast:
                cast[key] = draw(self.country_ids)
                used.add(cast[key])
            return cast[key]

        def new_person(old):
            key = ("person", old)
            if key not in cast:
                home = self.people[old]["country"]
                pool = self.people_of.get(new_country(home)) if home in self.countries else None
                cast[key] = draw(pool or self.person_ids)
                used.add(cast[key])
            return cast[key]

        def replace(match):
            kind, old, rank = self.owner[match.group(0)]
            table = self.countries if kind == "country" else self.people
            names = table[new_country(old) if kind == "country" else new_person(old)]["names"]
            return names[min(rank, len(names) - 1)]

        return [self.pattern.sub(replace, line) for line in lines]


def redraw_figures(rng, lines):
    """Moves the article's years by one draw, so that its timeline holds
    (1950年建交 ... 75周年), and redraws each US-dollar amount, the same
    wherever the article repeats it."""
    shift = rng.randint(-30, 0)
    amounts = {}

    def amount(m):
        if m.group(0) not in amounts:
            amounts[m.group(0)] = f"{rng.randint(1, 9999)}{m.group(2)}美元"
        return amounts[m.group(0)]

    lines = [re.sub(r"(19|20)\d\d年", lambda m: f"{int(m.group(0)[:4]) + shift}年", line) for line in lines]
    return [re.sub(r"\d+(\.\d+)?(万|亿)美元", amount, line) for line in lines]


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: tools/gen-corpus SIZE_MB SEED DIR")
    size = int(float(sys.argv[1]) * 1024 * 1024)
    rng = random.Random(int(sys.argv[2]))
    out_dir = sys.argv[3]
    recaster = Recaster(rng, *load_gazetteer())
    seeds = []
    corpus = os.path.join(ROOT, "corpus")
    for f in sorted(os.listdir(corpus)):
        if f.endswith(".txt"):
            with open(os.path.join(corpus, f), encoding="utf-8") as fh:
                seeds.append(fh.read().split("\n"))

    written, n = 0, 0
    while written < size:
        text = "\n".join(redraw_figures(rng, recaster.recast(rng.choice(seeds))))
        folder = os.path.join(out_dir, f"{n // 1000:04d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"a{n:07d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        written += len(text.encode("utf-8"))
        n += 1
    print(f"gen-corpus: {n} articles, {written / 1048576:.1f} MB in {out_dir}")


if __name__ == "__main__":
    main()
