// The knowledge graph as JSON node-link data, the form networkx's
// node_link_graph reads (directed multigraph: "nodes", "links" with "source",
// "target" and "key"), with every node and edge property and each edge's
// evidence inline. Complete: ReadGraphJson rebuilds the same KnowledgeGraph,
// so `bilat query --graph FILE` works on what `bilat build` wrote. Output is
// deterministic (fixed field order). Pure functions; thread-safe.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::graph {

void WriteGraphJson(const KnowledgeGraph& graph, std::ostream& out);

// `where` names the input in errors ("graphs/persons.json").
Status ReadGraphJson(std::string_view text, std::string_view where, KnowledgeGraph* graph);
Status ReadGraphJsonFile(const std::string& path, KnowledgeGraph* graph);

}  // namespace bilat::graph
