// DOT output of a KnowledgeGraph, built with Graphviz's libcgraph so that
// quoting (Chinese labels, quotes, backslashes) and attributes are what
// Graphviz expects. Countries, people and organizations get their own shape
// and colour (unlinked people a dashed outline); each relation its own edge
// colour and style; the graph carries a legend node. Deterministic output.
// Thread-safe (calls into Graphviz are serialized).
#pragma once

#include <ostream>
#include <string>

#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::exporter {

struct DotOptions {
  std::string title;                          // graph label; "" → "bilat: <view> view"
  std::string fontname = "Noto Sans CJK SC";  // a font with CJK glyphs
  bool legend = true;                         // add the legend node
  std::string rankdir = "LR";                 // dot layout: left to right suits hub-and-spoke graphs
};

Status WriteDot(const graph::KnowledgeGraph& graph, const DotOptions& options, std::ostream& out);

}  // namespace bilat::exporter
