#include "query/graph_source.h"

#include "graph/graph_builder.h"
#include "graph/graph_json.h"

namespace bilat::query {

Status LoadGraph(const GraphSource& source, const gazetteer::Gazetteer& gazetteer, graph::KnowledgeGraph* graph,
                 extract::RunSummary* summary) {
  if (!source.graph_file.empty()) return graph::ReadGraphJsonFile(source.graph_file, graph);
  if (source.inputs.empty()) return Status::Usage("give --graph FILE or input articles");
  graph::GraphBuilder builder(&gazetteer);
  extract::RunSummary local;
  auto sink = [&builder](const std::string&, std::vector<extract::Event>&& events) {
    for (const extract::Event& e : events) builder.Add(e);
  };
  Status status = extract::RunExtraction(source.inputs, gazetteer, source.pipeline, sink, summary ? summary : &local);
  if (!status.ok()) return status;
  *graph = std::move(builder).Finish();
  return Status::Ok();
}

}  // namespace bilat::query
