// The files `bilat build` writes for one graph: the formats asked for, under
// one prefix, each written atomically (temporary file, then rename).
//   dot → PREFIX.dot      svg/png/pdf → PREFIX.svg …   graphml → PREFIX.graphml
//   json → PREFIX.json    csv → PREFIX-nodes.csv and PREFIX-edges.csv
//   dyads → PREFIX-dyads.csv (from the persons graph, whatever the view)
// Thread-safe for distinct prefixes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "export/render.h"
#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::exporter {

// Every format name, in the order files are written.
const std::vector<std::string>& AllFormats();

// Parses "dot,svg,json"; usage error naming an unknown one.
Status ParseFormats(std::string_view list, std::vector<std::string>* formats);

struct OutputOptions {
  std::string prefix = "graph";      // path prefix of every file; parent folders are created
  std::vector<std::string> formats;  // from AllFormats()
  std::string layout = "dot";        // pictures: dot | neato | sfdp
  DotOptions dot;
};

// `shown` is the graph of the chosen view; `persons` the (filtered) persons
// graph the dyad panel is computed from. Appends each file written to *files.
Status WriteOutputs(const graph::KnowledgeGraph& shown, const graph::KnowledgeGraph& persons,
                    const OutputOptions& options, std::vector<std::string>* files);

}  // namespace bilat::exporter
