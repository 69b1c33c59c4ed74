#include "export/graphml_writer.h"

#include <functional>
#include <string>

#include "export/internal/format.h"

namespace bilat::exporter {
namespace {

using graph::EdgeProps;
using graph::NodeProps;
using internal::XmlEscape;

struct Key {
  const char* id;
  const char* type;  // GraphML attr.type
};

// Node keys and how to read them; "" values are left out.
struct NodeKey {
  Key key;
  std::function<std::string(const NodeProps&)> value;
};
struct EdgeKey {
  Key key;
  std::function<std::string(const EdgeProps&)> value;
};

const char* Bool(bool b) { return b ? "true" : "false"; }

const std::vector<NodeKey>& NodeKeys() {
  static const std::vector<NodeKey> kKeys = {
      {{"label", "string"}, [](const NodeProps& n) { return n.label; }},
      {{"kind", "string"}, [](const NodeProps& n) { return std::string(graph::NodeKindName(n.kind)); }},
      {{"country", "string"}, [](const NodeProps& n) { return n.country; }},
      {{"linked", "boolean"}, [](const NodeProps& n) { return std::string(Bool(n.linked)); }},
  };
  return kKeys;
}

const std::vector<EdgeKey>& EdgeKeys() {
  static const std::vector<EdgeKey> kKeys = {
      {{"relation", "string"}, [](const EdgeProps& e) { return std::string(graph::RelationName(e.relation)); }},
      {{"label", "string"}, [](const EdgeProps& e) { return graph::EdgeLabel(e); }},
      {{"merge_key", "string"}, [](const EdgeProps& e) { return e.key; }},
      {{"date", "string"}, [](const EdgeProps& e) { return e.date; }},
      {{"end", "string"}, [](const EdgeProps& e) { return e.end; }},
      {{"period", "string"}, [](const EdgeProps& e) { return e.period; }},
      {{"flow", "string"}, [](const EdgeProps& e) { return e.flow; }},
      {{"value_usd", "double"},
       [](const EdgeProps& e) { return e.value_usd ? internal::FormatNumber(*e.value_usd) : std::string(); }},
      {{"name", "string"}, [](const EdgeProps& e) { return e.name; }},
      {{"status", "string"}, [](const EdgeProps& e) { return e.status; }},
      {{"place", "string"}, [](const EdgeProps& e) { return e.place; }},
      {{"parties", "string"},
       [](const EdgeProps& e) {
         std::string out;
         for (const auto& p : e.parties) out += (out.empty() ? "" : ";") + p;
         return out;
       }},
      {{"date_inferred", "boolean"}, [](const EdgeProps& e) { return std::string(Bool(e.date_inferred)); }},
      {{"from_country", "string"}, [](const EdgeProps& e) { return e.from_country; }},
      {{"to_country", "string"}, [](const EdgeProps& e) { return e.to_country; }},
      {{"conflict", "boolean"}, [](const EdgeProps& e) { return std::string(Bool(e.conflict)); }},
      {{"relations", "int"}, [](const EdgeProps& e) { return std::to_string(e.relations); }},
      {{"first", "string"}, [](const EdgeProps& e) { return e.first; }},
      {{"last", "string"}, [](const EdgeProps& e) { return e.last; }},
      {{"summary", "string"}, [](const EdgeProps& e) { return e.summary; }},
      {{"count", "int"}, [](const EdgeProps& e) { return std::to_string(e.count()); }},
      {{"docs", "string"}, [](const EdgeProps& e) { return internal::EvidenceDocs(e.evidence, ";"); }},
      {{"evidence", "string"}, [](const EdgeProps& e) { return internal::EvidenceJson(e.evidence); }},
  };
  return kKeys;
}

void WriteKey(std::ostream& out, const char* prefix, const char* domain, const Key& key) {
  out << "  <key id=\"" << prefix << key.id << "\" for=\"" << domain << "\" attr.name=\"" << key.id
      << "\" attr.type=\"" << key.type << "\"/>\n";
}

void WriteData(std::ostream& out, const char* prefix, const char* id, const std::string& value) {
  if (value.empty()) return;
  out << "      <data key=\"" << prefix << id << "\">" << XmlEscape(value) << "</data>\n";
}

}  // namespace

Status WriteGraphml(const graph::KnowledgeGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  out << "  <key id=\"g_view\" for=\"graph\" attr.name=\"view\" attr.type=\"string\"/>\n";
  for (const NodeKey& k : NodeKeys()) WriteKey(out, "n_", "node", k.key);
  for (const EdgeKey& k : EdgeKeys()) WriteKey(out, "e_", "edge", k.key);
  out << "  <graph id=\"bilat\" edgedefault=\"directed\">\n"
      << "    <data key=\"g_view\">" << XmlEscape(graph.view()) << "</data>\n";
  for (graph::Vertex v : graph.Nodes()) {
    const NodeProps& n = graph.node(v);
    out << "    <node id=\"" << XmlEscape(n.id) << "\">\n";
    for (const NodeKey& k : NodeKeys()) WriteData(out, "n_", k.key.id, k.value(n));
    out << "    </node>\n";
  }
  size_t index = 0;
  for (graph::Edge e : graph.Edges()) {
    out << "    <edge id=\"e" << index++ << "\" source=\"" << XmlEscape(graph.node(graph.source(e)).id)
        << "\" target=\"" << XmlEscape(graph.node(graph.target(e)).id) << "\">\n";
    for (const EdgeKey& k : EdgeKeys()) WriteData(out, "e_", k.key.id, k.value(graph.edge(e)));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  return out ? Status::Ok() : Status::IOError("graphml", "write failed");
}

}  // namespace bilat::exporter
