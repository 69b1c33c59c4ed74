#!/usr/bin/python3
"""Reads a bilat GraphML file and a bilat JSON node-link file with networkx and
checks that both hold the visit of 金正恩 to VN in 2019-02 and the VN–CN
bilateral trade figure for 2021 (165.9 bn USD). Run by tests/export_networkx_test.cpp
with Debian's /usr/bin/python3 and python3-networkx.

usage: networkx_check.py GRAPHML JSON [persons|countries]
Prints "ok" and exits 0, or prints what is missing and exits 1."""
import json
import sys

import networkx as nx


def label(g, node):
    return g.nodes[node].get("label", "")


def has_visit(g, persons):
    for u, v, d in g.edges(data=True):
        if d.get("relation") != "visit" or v != "VN":
            continue
        if persons and label(g, u) == "金正恩" and str(d.get("date", "")).startswith("2019-02"):
            return True
        if not persons and u == "KP":
            first, last = str(d.get("first", "")), str(d.get("last", ""))
            if first[:4] <= "2019" <= last[:4]:
                return True
    return False


def has_trade(g, persons):
    for u, v, d in g.edges(data=True):
        if d.get("relation") != "trade" or {u, v} != {"VN", "CN"} or d.get("flow") != "bilateral":
            continue
        if persons and str(d.get("period")) == "2021" and float(d.get("value_usd", 0)) == 165900000000:
            return True
        # countries view: the 2021 figure is among the merged evidence
        if not persons and "1659亿美元" in str(d.get("evidence", "")):
            return True
    return False


def check(name, g, persons):
    problems = []
    if not isinstance(g, nx.MultiDiGraph):
        problems.append(f"{name}: expected a MultiDiGraph, got {type(g).__name__}")
    if not has_visit(g, persons):
        problems.append(f"{name}: no visit of 金正恩 to VN in 2019-02")
    if not has_trade(g, persons):
        problems.append(f"{name}: no VN–CN bilateral trade of 165900000000 USD for 2021")
    return problems


def main():
    graphml, node_link = sys.argv[1], sys.argv[2]
    persons = (sys.argv[3] if len(sys.argv) > 3 else "persons") == "persons"
    problems = check("graphml", nx.read_graphml(graphml), persons)
    with open(node_link, encoding="utf-8") as f:
        problems += check("json", nx.node_link_graph(json.load(f)), persons)
    for p in problems:
        print(p)
    if problems:
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
