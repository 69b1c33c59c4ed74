#include "query/centrality.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bilat::query {
namespace {

// setS out-edge lists merge parallel edges; vertex i is node i of the input.
using Simple = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;

Simple SimpleGraph(const graph::KnowledgeGraph& graph, bool holds_office) {
  Simple simple(graph.node_count());
  for (graph::Edge e : graph.Edges()) {
    if (!holds_office && graph.edge(e).relation == graph::Relation::kHoldsOffice) continue;
    if (graph.source(e) != graph.target(e)) boost::add_edge(graph.source(e), graph.target(e), simple);
  }
  return simple;
}

std::vector<double> Scores(const Simple& simple, Centrality by) {
  std::vector<double> scores(boost::num_vertices(simple), 0.0);
  if (by == Centrality::kDegree) {
    for (size_t v = 0; v < scores.size(); ++v) scores[v] = static_cast<double>(boost::degree(v, simple));
    return scores;
  }
  boost::brandes_betweenness_centrality(
      simple, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, simple)));
  return scores;
}

std::string FormatScore(double score, Centrality by) {
  if (by == Centrality::kDegree) return std::to_string(static_cast<long long>(score));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

}  // namespace

std::optional<Centrality> ParseCentrality(std::string_view name) {
  if (name == "degree") return Centrality::kDegree;
  if (name == "betweenness") return Centrality::kBetweenness;
  return std::nullopt;
}

std::vector<TopRow> TopNodes(const graph::KnowledgeGraph& graph, const TopQuery& query) {
  std::vector<double> scores = Scores(SimpleGraph(graph, query.holds_office), query.by);
  std::vector<TopRow> rows;
  for (graph::Vertex v : graph.Nodes()) {
    const graph::NodeProps& node = graph.node(v);
    if (query.kind && node.kind != *query.kind) continue;
    // Round away floating-point noise so that equal scores tie.
    double score = std::round(scores[v] * 1e6) / 1e6;
    rows.push_back({0, node.id, node.label, node.kind, node.country, score});
  }
  std::sort(rows.begin(), rows.end(), [](const TopRow& a, const TopRow& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  if (rows.size() > query.n) rows.resize(query.n);
  for (size_t i = 0; i < rows.size(); ++i)
    rows[i].rank = i > 0 && rows[i].score == rows[i - 1].score ? rows[i - 1].rank : i + 1;
  return rows;
}

ResultTable TopTable(const std::vector<TopRow>& rows, Centrality by) {
  ResultTable table;
  table.columns = {{"rank", "rank", Align::kRight},
                   {"id", "id"},
                   {"label", "name"},
                   {"kind", "kind"},
                   {"country", "country"},
                   {"score", by == Centrality::kDegree ? "degree" : "betweenness", Align::kRight}};
  for (const TopRow& r : rows)
    table.rows.push_back({Cell::Number(static_cast<double>(r.rank), std::to_string(r.rank)), Cell::Text(r.id),
                          Cell::Text(r.label), Cell::Text(graph::NodeKindName(r.kind)), Cell::Text(r.country),
                          Cell::Number(r.score, FormatScore(r.score, by))});
  return table;
}

}  // namespace bilat::query
