#!/usr/bin/python3
"""The Python pipeline bilat is compared with: jieba segmentation of every
article, then Aho-Corasick matching of every gazetteer alias over the text.
Usage: bench_python.py ALIASES_FILE FILE...  (Debian's python3-jieba, python3-ahocorasick)"""
import sys

import ahocorasick
import jieba

jieba.setLogLevel(60)


def main():
    automaton = ahocorasick.Automaton()
    with open(sys.argv[1], encoding="utf-8") as fh:
        for i, alias in enumerate(line.strip() for line in fh):
            if alias:
                automaton.add_word(alias, i)
    automaton.make_automaton()
    tokens = matches = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        tokens += sum(1 for _ in jieba.cut(text))
        matches += sum(1 for _ in automaton.iter(text))
    print(f"python: {tokens} tokens, {matches} alias matches")


if __name__ == "__main__":
    main()
