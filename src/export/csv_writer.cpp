#include "export/csv_writer.h"

#include <cctype>

#include "export/internal/format.h"

namespace bilat::exporter {
namespace {

using internal::CsvRow;

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ";") + p;
  return out;
}

const char* Bool(bool b) { return b ? "true" : "false"; }

}  // namespace

std::string Neo4jLabel(const graph::NodeProps& node) {
  std::string label = graph::NodeKindName(node.kind);
  label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
  return node.linked ? label : label + ";Unlinked";
}

std::string Neo4jType(graph::Relation relation) {
  std::string type = graph::RelationName(relation);
  for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return type;
}

Status WriteNodesCsv(const graph::KnowledgeGraph& graph, std::ostream& out) {
  out << CsvRow({"id:ID", ":LABEL", "label", "kind", "country", "linked:boolean"});
  for (graph::Vertex v : graph.Nodes()) {
    const graph::NodeProps& n = graph.node(v);
    out << CsvRow({n.id, Neo4jLabel(n), n.label, graph::NodeKindName(n.kind), n.country, Bool(n.linked)});
  }
  return out ? Status::Ok() : Status::IOError("nodes.csv", "write failed");
}

Status WriteEdgesCsv(const graph::KnowledgeGraph& graph, std::ostream& out) {
  out << CsvRow({":START_ID", ":END_ID", ":TYPE", "label", "merge_key", "date", "end", "period", "flow",
                 "value_usd:double", "name", "status", "place", "parties:string[]", "date_inferred:boolean",
                 "from_country", "to_country", "conflict:boolean", "relations:int", "first", "last", "summary",
                 "count:int", "docs:string[]", "evidence"});
  for (graph::Edge edge : graph.Edges()) {
    const graph::EdgeProps& e = graph.edge(edge);
    out << CsvRow({graph.node(graph.source(edge)).id, graph.node(graph.target(edge)).id, Neo4jType(e.relation),
                   graph::EdgeLabel(e), e.key, e.date, e.end, e.period, e.flow,
                   e.value_usd ? internal::FormatNumber(*e.value_usd) : "", e.name, e.status, e.place,
                   Join(e.parties), Bool(e.date_inferred), e.from_country, e.to_country, Bool(e.conflict),
                   std::to_string(e.relations), e.first, e.last, e.summary, std::to_string(e.count()),
                   internal::EvidenceDocs(e.evidence, ";"), internal::EvidenceJson(e.evidence)});
  }
  return out ? Status::Ok() : Status::IOError("edges.csv", "write failed");
}

}  // namespace bilat::exporter
