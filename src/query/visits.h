// `bilat query visits`: the visits of a knowledge graph, filtered by
// visitor, the country represented, host, dates and status, oldest first;
// each with the office its visitor held then and the articles it comes from.
// Pure functions over an immutable graph; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "graph/knowledge_graph.h"
#include "query/result_table.h"
#include "util/date.h"

namespace bilat::query {

// Filters take resolved ids (see NameResolver); "" or an empty Date: any.
struct VisitQuery {
  std::string visitor;  // the visitor's node id ("vn.to-lam", or a country visiting as such)
  std::string from;     // ISO alpha-2 of the country the visitor represented
  std::string host;     // ISO alpha-2 of the host country
  Date since, until;    // the visit's dates meet this window (undated visits then fail)
  std::string status;   // done | planned
};

struct VisitRow {
  std::string start, end;             // ISO dates as precise as known ("" undated)
  std::string visitor_id, visitor;    // node id, label
  std::string office_id, office;      // held on the start date; "" when unknown
  std::string from, from_label;       // country represented
  std::string host, host_label;       // host country
  std::string status;                 // done | planned
  bool date_inferred = false;         // the date comes from the article's context
  std::vector<std::string> sources;   // article ids
};

// Oldest first (undated last), then by visitor and host. `gazetteer` (may
// be nullptr) names offices and countries the graph has no node for.
std::vector<VisitRow> FindVisits(const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer,
                                 const VisitQuery& query);

// Tables: date, visitor, office, from, host, status, sources. JSON and CSV:
// start, end, visitor_id, visitor, office_id, office, from, from_label, host,
// host_label, status, date_inferred, sources.
ResultTable VisitTable(const std::vector<VisitRow>& rows);

}  // namespace bilat::query
