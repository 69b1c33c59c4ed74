// Internal to export/: the one place that builds a Graphviz cgraph graph from
// a KnowledgeGraph (node shapes and colours by kind, edge styles by relation,
// a legend). Used by dot_writer and render. cgraph and gvc keep global
// state: hold GraphvizMutex() while calling them.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <mutex>

#include "export/dot_writer.h"
#include "graph/knowledge_graph.h"

namespace bilat::exporter::internal {

struct AgraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

std::mutex& GraphvizMutex();

// REQUIRES: GraphvizMutex() held. agwrite(g, &string) appends the DOT text
// to a std::string.
AgraphPtr BuildAgraph(const graph::KnowledgeGraph& graph, const DotOptions& options);

}  // namespace bilat::exporter::internal
