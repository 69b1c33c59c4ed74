#include "graph/filters.h"

#include <algorithm>

namespace bilat::graph {
namespace {

bool InWindow(const EdgeProps& edge, const Filter& filter) {
  if (filter.since.empty() && filter.until.empty()) return true;
  DateSpan span = EdgeDateSpan(edge);
  if (span.first.empty()) return false;
  if (!filter.since.empty() && !span.ongoing && span.last.LastDay() < filter.since.FirstDay()) return false;
  if (!filter.until.empty() && span.first.FirstDay() > filter.until.LastDay()) return false;
  return true;
}

bool Touches(const EdgeProps& edge, const NodeProps& from, const NodeProps& to, const std::string& country) {
  return from.id == country || to.id == country || edge.from_country == country || edge.to_country == country ||
         std::find(edge.parties.begin(), edge.parties.end(), country) != edge.parties.end();
}

}  // namespace

Status ParseRelationList(std::string_view list, std::vector<Relation>* out) {
  out->clear();
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string_view name = list.substr(start, comma == std::string_view::npos ? list.npos : comma - start);
    if (!name.empty()) {
      auto relation = ParseRelation(name);
      if (!relation) return Status::Usage("unknown relation type '" + std::string(name) + "'");
      out->push_back(*relation);
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return Status::Ok();
}

bool EdgePasses(const EdgeProps& edge, const NodeProps& from, const NodeProps& to, const Filter& filter) {
  if (!filter.types.empty() &&
      std::find(filter.types.begin(), filter.types.end(), edge.relation) == filter.types.end())
    return false;
  if (!filter.country.empty() && !Touches(edge, from, to, filter.country)) return false;
  return InWindow(edge, filter);
}

KnowledgeGraph Subgraph(const KnowledgeGraph& graph, const std::function<bool(Edge)>& keep) {
  std::vector<Edge> kept;
  std::vector<bool> used(graph.node_count(), false);
  for (Edge e : graph.Edges()) {
    if (!keep(e)) continue;
    kept.push_back(e);
    used[graph.source(e)] = used[graph.target(e)] = true;
  }
  KnowledgeGraph out;
  out.set_view(graph.view());
  for (Vertex v : graph.Nodes())
    if (used[v]) out.AddNode(graph.node(v));
  for (Edge e : kept)
    out.AddEdge(*out.FindNode(graph.node(graph.source(e)).id), *out.FindNode(graph.node(graph.target(e)).id),
                graph.edge(e));
  return out;
}

KnowledgeGraph ApplyFilter(KnowledgeGraph graph, const Filter& filter) {
  if (filter.empty()) return graph;
  return Subgraph(graph, [&](Edge e) {
    return EdgePasses(graph.edge(e), graph.node(graph.source(e)), graph.node(graph.target(e)), filter);
  });
}

}  // namespace bilat::graph
