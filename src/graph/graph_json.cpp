#include "graph/graph_json.h"

#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include <nlohmann/json.hpp>

namespace bilat::graph {
namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

void PutIf(ojson& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : "";
}

ojson NodeJson(const NodeProps& n) {
  ojson j;
  j["id"] = n.id;
  j["kind"] = NodeKindName(n.kind);
  j["label"] = n.label;
  PutIf(j, "country", n.country);
  j["linked"] = n.linked;
  return j;
}

ojson EvidenceJson(const EvidenceRef& ev) {
  return {{"doc", ev.doc}, {"offset", ev.offset}, {"text", ev.text}, {"section", ev.section}, {"rule", ev.rule}};
}

ojson EdgeJson(const EdgeProps& e) {
  ojson j;
  j["relation"] = RelationName(e.relation);
  j["merge_key"] = e.key;
  PutIf(j, "date", e.date);
  PutIf(j, "end", e.end);
  PutIf(j, "period", e.period);
  PutIf(j, "flow", e.flow);
  if (e.value_usd) j["value_usd"] = *e.value_usd;
  PutIf(j, "name", e.name);
  PutIf(j, "status", e.status);
  PutIf(j, "place", e.place);
  if (!e.parties.empty()) j["parties"] = e.parties;
  j["date_inferred"] = e.date_inferred;
  PutIf(j, "from_country", e.from_country);
  PutIf(j, "to_country", e.to_country);
  j["conflict"] = e.conflict;
  j["relations"] = e.relations;
  PutIf(j, "first", e.first);
  PutIf(j, "last", e.last);
  PutIf(j, "summary", e.summary);
  j["label"] = EdgeLabel(e);
  j["count"] = e.count();
  ojson evidence = ojson::array();
  for (const EvidenceRef& ev : e.evidence) evidence.push_back(EvidenceJson(ev));
  j["evidence"] = std::move(evidence);
  return j;
}

// A top-level array of the document, written element by element with the
// layout of dump(1): each element on its own lines, indented by two spaces.
class ArrayWriter {
 public:
  explicit ArrayWriter(std::ostream& out) : out_(out) {}

  void Add(const ojson& element) {
    out_ << (empty_ ? "[\n  " : ",\n  ");
    empty_ = false;
    std::string text = element.dump(1);  // strings hold no raw newline: JSON escapes it
    size_t from = 0;
    for (size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1)
      out_.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from)) << "  ";
    out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
  }

  void Close() { out_ << (empty_ ? "[]" : "\n ]"); }

 private:
  std::ostream& out_;
  bool empty_ = true;
};

bool NodeFromJson(const json& j, NodeProps* n, std::string* error) {
  auto kind = ParseNodeKind(Str(j, "kind"));
  if (Str(j, "id").empty() || !kind) {
    *error = "node without id or with unknown kind '" + Str(j, "kind") + "'";
    return false;
  }
  *n = NodeProps{Str(j, "id"), *kind, Str(j, "label"), Str(j, "country"), j.value("linked", false)};
  return true;
}

bool EdgeFromJson(const json& j, EdgeProps* e, std::string* error) {
  auto relation = ParseRelation(Str(j, "relation"));
  if (!relation) {
    *error = "link with unknown relation '" + Str(j, "relation") + "'";
    return false;
  }
  *e = EdgeProps{};
  e->relation = *relation;
  e->key = Str(j, "merge_key");
  e->date = Str(j, "date");
  e->end = Str(j, "end");
  e->period = Str(j, "period");
  e->flow = Str(j, "flow");
  if (j.contains("value_usd") && j["value_usd"].is_number()) e->value_usd = j["value_usd"].get<double>();
  e->name = Str(j, "name");
  e->status = Str(j, "status");
  e->place = Str(j, "place");
  if (j.contains("parties") && j["parties"].is_array())
    for (const json& p : j["parties"])
      if (p.is_string()) e->parties.push_back(p.get<std::string>());
  e->date_inferred = j.value("date_inferred", false);
  e->from_country = Str(j, "from_country");
  e->to_country = Str(j, "to_country");
  e->conflict = j.value("conflict", false);
  e->relations = j.value("relations", 1);
  e->first = Str(j, "first");
  e->last = Str(j, "last");
  e->summary = Str(j, "summary");
  if (j.contains("evidence") && j["evidence"].is_array())
    for (const json& ev : j["evidence"])
      e->evidence.push_back({Str(ev, "doc"), ev.value("offset", size_t{0}), Str(ev, "text"), Str(ev, "section"),
                             Str(ev, "rule")});
  return true;
}

Status ReadParsed(const json& doc, std::string_view where, KnowledgeGraph* graph) {
  if (!doc.is_object() || !doc.contains("nodes") || !doc.contains("links") || !doc["nodes"].is_array() ||
      !doc["links"].is_array())
    return Status::BadData(where, "not a bilat node-link graph (no \"nodes\" and \"links\" arrays)");
  *graph = KnowledgeGraph{};
  if (doc.contains("graph") && doc["graph"].is_object()) graph->set_view(Str(doc["graph"], "view"));
  std::string error;
  size_t i = 0;
  for (const json& jn : doc["nodes"]) {
    NodeProps node;
    if (!NodeFromJson(jn, &node, &error)) return Status::BadData(where, "nodes[" + std::to_string(i) + "]: " + error);
    graph->AddNode(std::move(node));
    ++i;
  }
  i = 0;
  for (const json& jl : doc["links"]) {
    std::string where_link = "links[" + std::to_string(i++) + "]: ";
    EdgeProps edge;
    if (!EdgeFromJson(jl, &edge, &error)) return Status::BadData(where, where_link + error);
    auto from = graph->FindNode(Str(jl, "source")), to = graph->FindNode(Str(jl, "target"));
    if (!from || !to) return Status::BadData(where, where_link + "source or target is not a node");
    graph->AddEdge(*from, *to, std::move(edge));
  }
  return Status::Ok();
}

}  // namespace

// Streams the document that nlohmann's dump(1) would print for the whole
// graph, one node or link at a time, so that no DOM of the graph is held.
void WriteGraphJson(const KnowledgeGraph& graph, std::ostream& out) {
  out << "{\n \"directed\": true,\n \"multigraph\": true,\n \"graph\": {\n  \"name\": \"bilat\",\n  \"view\": "
      << ojson(graph.view()).dump() << "\n },\n \"nodes\": ";
  ArrayWriter nodes(out);
  for (Vertex v : graph.Nodes()) nodes.Add(NodeJson(graph.node(v)));
  nodes.Close();
  out << ",\n \"links\": ";
  ArrayWriter links(out);
  std::map<std::pair<Vertex, Vertex>, int> keys;  // networkx multigraph key: nth edge of the pair
  for (Edge e : graph.Edges()) {
    Vertex s = graph.source(e), t = graph.target(e);
    ojson link;
    link["source"] = graph.node(s).id;
    link["target"] = graph.node(t).id;
    link["key"] = keys[{s, t}]++;
    link.update(EdgeJson(graph.edge(e)));
    links.Add(link);
  }
  links.Close();
  out << "\n}\n";
}

Status ReadGraphJson(std::string_view text, std::string_view where, KnowledgeGraph* graph) {
  json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Status::BadData(where, "not valid JSON");
  return ReadParsed(doc, where, graph);
}

Status ReadGraphJsonFile(const std::string& path, KnowledgeGraph* graph) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path, "cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return ReadGraphJson(text.str(), path, graph);
}

}  // namespace bilat::graph
