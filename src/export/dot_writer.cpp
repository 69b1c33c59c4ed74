#include "export/dot_writer.h"

#include "export/internal/agraph.h"

namespace bilat::exporter {

Status WriteDot(const graph::KnowledgeGraph& graph, const DotOptions& options, std::ostream& out) {
  std::string text;
  {
    std::lock_guard<std::mutex> lock(internal::GraphvizMutex());
    internal::AgraphPtr g = internal::BuildAgraph(graph, options);
    if (agwrite(g.get(), &text) != 0) return Status::IOError("dot", "agwrite failed");
  }
  out << text;
  return out ? Status::Ok() : Status::IOError("dot", "write failed");
}

}  // namespace bilat::exporter
