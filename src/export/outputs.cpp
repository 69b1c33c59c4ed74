#include "export/outputs.h"

#include <algorithm>
#include <filesystem>
#include <functional>

#include "export/csv_writer.h"
#include "export/dyads_writer.h"
#include "export/graphml_writer.h"
#include "graph/graph_json.h"
#include "util/atomic_file.h"

namespace bilat::exporter {
namespace {

using Writer = std::function<Status(std::ostream&)>;

struct File {
  std::string suffix;
  Writer write;
};

std::vector<File> FilesFor(const std::string& format, const graph::KnowledgeGraph& shown,
                           const graph::KnowledgeGraph& persons, const OutputOptions& options) {
  const auto* g = &shown;
  if (format == "dot") return {{".dot", [=](std::ostream& out) { return WriteDot(*g, options.dot, out); }}};
  if (format == "svg" || format == "png" || format == "pdf") {
    RenderOptions render{format, options.layout, options.dot};
    return {{"." + format, [=](std::ostream& out) { return Render(*g, render, out); }}};
  }
  if (format == "graphml") return {{".graphml", [=](std::ostream& out) { return WriteGraphml(*g, out); }}};
  if (format == "json")
    return {{".json", [=](std::ostream& out) {
               graph::WriteGraphJson(*g, out);
               return Status::Ok();
             }}};
  if (format == "csv")
    return {{"-nodes.csv", [=](std::ostream& out) { return WriteNodesCsv(*g, out); }},
            {"-edges.csv", [=](std::ostream& out) { return WriteEdgesCsv(*g, out); }}};
  if (format == "dyads") {
    const auto* p = &persons;
    return {{"-dyads.csv", [=](std::ostream& out) { return WriteDyads(*p, out); }}};
  }
  return {};
}

}  // namespace

const std::vector<std::string>& AllFormats() {
  static const std::vector<std::string> kFormats = {"dot", "svg", "png", "pdf", "graphml", "json", "csv", "dyads"};
  return kFormats;
}

Status ParseFormats(std::string_view list, std::vector<std::string>* formats) {
  formats->clear();
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = std::min(list.find(',', start), list.size());
    std::string name(list.substr(start, comma - start));
    if (!name.empty()) {
      if (std::find(AllFormats().begin(), AllFormats().end(), name) == AllFormats().end())
        return Status::Usage("unknown format '" + name + "' (dot, svg, png, pdf, graphml, json, csv, dyads)");
      if (std::find(formats->begin(), formats->end(), name) == formats->end()) formats->push_back(name);
    }
    start = comma + 1;
  }
  if (formats->empty()) return Status::Usage("no output format given");
  return Status::Ok();
}

Status WriteOutputs(const graph::KnowledgeGraph& shown, const graph::KnowledgeGraph& persons,
                    const OutputOptions& options, std::vector<std::string>* files) {
  std::filesystem::path parent = std::filesystem::path(options.prefix).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) return Status::IOError(parent.string(), "cannot create folder: " + ec.message());
  for (const std::string& format : AllFormats()) {
    if (std::find(options.formats.begin(), options.formats.end(), format) == options.formats.end()) continue;
    for (const File& file : FilesFor(format, shown, persons, options)) {
      std::string path = options.prefix + file.suffix;
      Status status = WriteFileAtomically(path, file.write);
      if (!status.ok()) return status;
      files->push_back(path);
    }
  }
  return Status::Ok();
}

}  // namespace bilat::exporter
