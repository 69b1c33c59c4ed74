// `bilat query path`: the shortest chain of relations between two nodes of a
// knowledge graph, by breadth-first search over edges taken in either
// direction (a visit links visitor and host both ways; holds_office links a
// person to their country). Deterministic: neighbours are explored in the
// graph's edge order. Where parallel edges join a hop's ends, the hop shows a
// relation between entities before a term of office, then the latest. Pure
// functions over an immutable graph; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/result_table.h"
#include "util/status.h"

namespace bilat::query {

struct PathHop {
  std::string from_id, from;         // this hop's start: node id, label
  std::string to_id, to;             // its end
  std::string relation;              // "visit", "holds_office", ...
  bool forward = true;               // the edge points from `from` to `to`
  std::string date;                  // "2019-02", "2025-07-06–2025-07-07", period, or "2024-08-03–" (office held)
  std::string detail;                // agreement title, trade value, office id; "" otherwise
  std::vector<std::string> sources;  // article ids (gazetteer files for offices)
};

// The hops from node `from` to node `to` (ids), fewest first found. Empty
// when from == to or no chain joins them. NotFound when an id has no node.
Status FindPath(const graph::KnowledgeGraph& graph, const std::string& from, const std::string& to,
                std::vector<PathHop>* hops);

// Tables: step, from, relation ("visit →" or "← visit"), to, date, detail,
// sources. JSON and CSV: step, from_id, from, relation, forward, to_id, to,
// date, detail, sources.
ResultTable PathTable(const std::vector<PathHop>& hops);

}  // namespace bilat::query
