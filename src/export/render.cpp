#include "export/render.h"

#include <graphviz/gvc.h>

#include <algorithm>

#include "export/internal/agraph.h"

namespace bilat::exporter {
namespace {

constexpr const char* kFormats[] = {"svg", "png", "pdf"};
constexpr const char* kLayouts[] = {"dot", "neato", "sfdp"};

template <size_t N>
bool OneOf(const std::string& value, const char* const (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list), [&](const char* x) { return value == x; });
}

// One context for the process: creating it loads Graphviz's plugins.
GVC_t* Context() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

}  // namespace

Status CheckRenderOptions(const RenderOptions& options) {
  if (!OneOf(options.format, kFormats)) return Status::Usage("unknown picture format '" + options.format + "' (svg, png, pdf)");
  if (!OneOf(options.layout, kLayouts)) return Status::Usage("unknown layout '" + options.layout + "' (dot, neato, sfdp)");
  return Status::Ok();
}

Status Render(const graph::KnowledgeGraph& graph, const RenderOptions& options, std::ostream& out) {
  Status status = CheckRenderOptions(options);
  if (!status.ok()) return status;
  std::string where = options.layout + " → " + options.format;
  std::lock_guard<std::mutex> lock(internal::GraphvizMutex());
  internal::AgraphPtr g = internal::BuildAgraph(graph, options.dot);
  GVC_t* gvc = Context();
  if (!gvc) return Status::IOError("graphviz", "cannot create a gvc context");
  if (gvLayout(gvc, g.get(), options.layout.c_str()) != 0) return Status::IOError(where, "layout failed");
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(gvc, g.get(), options.format.c_str(), &data, &length);
  gvFreeLayout(gvc, g.get());
  if (rc != 0 || !data) {
    if (data) gvFreeRenderData(data);
    return Status::IOError(where, "render failed (is the Graphviz " + options.format + " plugin installed?)");
  }
  out.write(data, length);
  gvFreeRenderData(data);
  return out ? Status::Ok() : Status::IOError(where, "write failed");
}

}  // namespace bilat::exporter
