// Where `bilat query` gets its graph: a JSON graph written by `bilat build`
// (graph/graph_json.h), or articles extracted and built in memory into the
// persons view, as `bilat build` would. One call per graph; thread-safe
// (the gazetteer is only read).
#pragma once

#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "gazetteer/gazetteer.h"
#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::query {

struct GraphSource {
  std::string graph_file;             // a JSON graph; "" to use `inputs`
  std::vector<std::string> inputs;    // articles (files, folders, JSON Lines, "-")
  extract::PipelineOptions pipeline;  // for `inputs`
};

// Fills *graph. With `inputs`, *summary (may be nullptr) tells what was read
// and skipped; errors are returned only when no graph could be made (an
// unreadable or malformed JSON graph, a run that could not start).
Status LoadGraph(const GraphSource& source, const gazetteer::Gazetteer& gazetteer, graph::KnowledgeGraph* graph,
                 extract::RunSummary* summary);

}  // namespace bilat::query
