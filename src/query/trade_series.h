// `bilat query trade`: the trade figures between two countries as a series
// by period, oldest first, in US dollars, with their articles. Figures that
// disagree (same pair, flow and period, different values) share one row,
// side by side. Pure functions over an immutable graph; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/result_table.h"
#include "util/status.h"

namespace bilat::query {

struct TradeQuery {
  std::string a, b;  // ISO alpha-2 of the two countries (resolved ids)
  std::string flow;  // bilateral | export (a to b) | import (a from b); "": all
};

struct TradeFigure {
  double value_usd = 0;
  std::vector<std::string> sources;  // article ids
};

struct TradeRow {
  std::string period;            // "2021", "2022-01/2022-08"
  std::string flow;              // as seen from `a`: bilateral | export | import
  std::string from, to;          // the edge's ends: bilateral as stored, export from → to
  std::vector<TradeFigure> figures;  // one, or several when they conflict (most evidence first)
  bool date_inferred = false;    // some figure's period comes from the article's context
  bool conflict() const { return figures.size() > 1; }
};

// Usage error for a flow other than bilateral, export, import or "".
Status CheckTradeFlow(const std::string& flow);

// Oldest period first; then bilateral, export, import.
std::vector<TradeRow> FindTrade(const graph::KnowledgeGraph& graph, const TradeQuery& query);

// Tables: period, flow, value (USD) ("165,900,000,000"), sources, conflict;
// conflicting figures side by side, joined by " | " in value and sources.
// JSON and CSV: period, flow, from, to, value_usd and sources (the first
// figure), other_figures (JSON: [{value_usd, sources}]; CSV: "V (doc, doc) |
// ..."), conflict, date_inferred.
ResultTable TradeTable(const std::vector<TradeRow>& rows);

}  // namespace bilat::query
