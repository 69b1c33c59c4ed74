// Filters on a KnowledgeGraph: by date window, relation type and country.
// A filter keeps the edges that pass and the nodes they touch. Pure
// functions over an immutable input; thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "util/date.h"
#include "util/status.h"

namespace bilat::graph {

struct Filter {
  Date since;                   // keep edges whose dates reach this day or later; empty: no bound
  Date until;                   // ... and begin on or before this one; empty: no bound
                                // (with either bound set, undated edges are dropped)
  std::vector<Relation> types;  // keep these relations; empty: all
  std::string country;          // ISO alpha-2 one end is, or represented; "": any

  bool empty() const { return since.empty() && until.empty() && types.empty() && country.empty(); }
};

// Parses a comma-separated list of relation names ("visit,trade").
Status ParseRelationList(std::string_view list, std::vector<Relation>* out);

// True when the edge from `from` to `to` passes the filter.
bool EdgePasses(const EdgeProps& edge, const NodeProps& from, const NodeProps& to, const Filter& filter);

// The edges that pass and the nodes they touch (all of `graph` when the
// filter is empty), in the input's order.
KnowledgeGraph ApplyFilter(KnowledgeGraph graph, const Filter& filter);

// The edges `keep` accepts and the nodes they touch, in the input's order.
KnowledgeGraph Subgraph(const KnowledgeGraph& graph, const std::function<bool(Edge)>& keep);

}  // namespace bilat::graph
