// Pictures of a KnowledgeGraph: the DOT of dot_writer.h laid out and rendered
// in process by Graphviz's libgvc (no `dot` executable needed). Formats: svg,
// png, pdf; layouts: dot, neato, sfdp. Labels use the CJK font of DotOptions
// (tools/setup installs fonts-noto-cjk). Thread-safe (serialized).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "export/dot_writer.h"
#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::exporter {

struct RenderOptions {
  std::string format = "svg";  // svg | png | pdf
  std::string layout = "dot";  // dot | neato | sfdp
  DotOptions dot;
};

// Usage error for an unknown format or layout.
Status CheckRenderOptions(const RenderOptions& options);

Status Render(const graph::KnowledgeGraph& graph, const RenderOptions& options, std::ostream& out);

}  // namespace bilat::exporter
