// The dyad-year panel: one CSV row per ordered pair of countries and year, in
// the shape of the Correlates of War trade data and peacesciencer's dyad-years
// (iso1, iso2, year, then counts and money), for regressions. Every pair of
// countries that share a dated relation gets every year from its first to its
// last, zeros included. Columns:
//   visits_sent            visits by people representing iso1 to iso2 that year
//   meetings               meetings between people of the two countries
//   agreements_signed      agreements between the two signed that year
//   relations_established  1 in the year the two established relations
//   aid_sent               aid items from iso1 to iso2 that year
//   trade_usd              bilateral trade for the calendar year (empty: not reported)
//   exports_usd            exports of iso1 to iso2 for the calendar year (empty: not reported)
//   trade_conflict         1 when sources give different figures for that year
// Trade figures for parts of a year (2022-01/2022-08) are left out. Where
// sources disagree, the figure with the most evidence (then the larger) is used.
// Pure; thread-safe.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::exporter {

// REQUIRES: a persons-view graph (the countries view has lost the years);
// returns a usage error otherwise.
Status WriteDyads(const graph::KnowledgeGraph& graph, std::ostream& out);

}  // namespace bilat::exporter
