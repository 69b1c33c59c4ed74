#include "query/path.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <tuple>

#include "query/internal/edges.h"

namespace bilat::query {
namespace {

std::string HopDate(const graph::EdgeProps& edge) {
  if (!edge.period.empty()) return edge.period;
  if (edge.relation == graph::Relation::kHoldsOffice) return edge.date.empty() ? "" : edge.date + "–" + edge.end;
  return internal::DateRange(edge.date, edge.end);
}

std::string HopDetail(const graph::EdgeProps& edge) {
  if (edge.value_usd) return internal::GroupThousands(*edge.value_usd) + " USD";
  return edge.name;
}

// Sort key of an edge's latest day: ongoing terms last of all, undated first.
int LatestDay(const graph::EdgeProps& edge) {
  graph::DateSpan span = graph::EdgeDateSpan(edge);
  if (span.ongoing) return std::numeric_limits<int>::max();
  if (!span.last.empty()) return span.last.LastDay();
  return span.first.empty() ? std::numeric_limits<int>::min() : span.first.LastDay();
}

// Of the parallel edges joining u and v, the one a hop shows: a relation
// between entities before a term of office, then the latest (by last day,
// then first day), then the first found.
graph::Edge BestEdge(const graph::KnowledgeGraph& graph, graph::Vertex u, graph::Vertex v) {
  std::optional<graph::Edge> best;
  auto key = [&graph](graph::Edge e) {
    const graph::EdgeProps& edge = graph.edge(e);
    graph::DateSpan span = graph::EdgeDateSpan(edge);
    int first = span.first.empty() ? std::numeric_limits<int>::min() : span.first.FirstDay();
    return std::make_tuple(edge.relation != graph::Relation::kHoldsOffice, LatestDay(edge), first);
  };
  for (graph::Edge e : graph.IncidentEdges(u)) {
    graph::Vertex w = graph.source(e) == u ? graph.target(e) : graph.source(e);
    if (w == v && (!best || key(e) > key(*best))) best = e;
  }
  return *best;
}

PathHop MakeHop(const graph::KnowledgeGraph& graph, graph::Edge e, graph::Vertex from) {
  const graph::EdgeProps& edge = graph.edge(e);
  graph::Vertex to = graph.source(e) == from ? graph.target(e) : graph.source(e);
  PathHop hop;
  hop.from_id = graph.node(from).id;
  hop.from = graph.node(from).label;
  hop.to_id = graph.node(to).id;
  hop.to = graph.node(to).label;
  hop.relation = graph::RelationName(edge.relation);
  hop.forward = graph.source(e) == from;
  hop.date = HopDate(edge);
  hop.detail = HopDetail(edge);
  hop.sources = internal::SourceDocs(edge);
  return hop;
}

}  // namespace

Status FindPath(const graph::KnowledgeGraph& graph, const std::string& from, const std::string& to,
                std::vector<PathHop>* hops) {
  hops->clear();
  auto start = graph.FindNode(from), goal = graph.FindNode(to);
  for (const auto& [id, v] : {std::pair{from, start}, std::pair{to, goal}})
    if (!v) return Status::NotFound("", "'" + id + "' has no relation in this graph");

  // Breadth-first search; via[v] is the edge v was first reached by.
  const size_t n = graph.node_count();
  std::vector<bool> seen(n, false);
  std::vector<std::optional<graph::Edge>> via(n);
  std::queue<graph::Vertex> queue;
  seen[*start] = true;
  queue.push(*start);
  while (!queue.empty() && !seen[*goal]) {
    graph::Vertex v = queue.front();
    queue.pop();
    for (graph::Edge e : graph.IncidentEdges(v)) {
      graph::Vertex w = graph.source(e) == v ? graph.target(e) : graph.source(e);
      if (seen[w]) continue;
      seen[w] = true;
      via[w] = e;
      queue.push(w);
    }
  }
  if (!seen[*goal] || *start == *goal) return Status::Ok();
  for (graph::Vertex v = *goal; v != *start;) {
    graph::Vertex prev = graph.source(*via[v]) == v ? graph.target(*via[v]) : graph.source(*via[v]);
    hops->push_back(MakeHop(graph, BestEdge(graph, prev, v), prev));
    v = prev;
  }
  std::reverse(hops->begin(), hops->end());
  return Status::Ok();
}

ResultTable PathTable(const std::vector<PathHop>& hops) {
  ResultTable table;
  table.columns = {{"step", "step", Align::kRight},
                   {"from_id", "from id", Align::kLeft, false},
                   {"from", "from"},
                   {"relation", "relation"},
                   {"forward", "forward", Align::kLeft, false},
                   {"to_id", "to id", Align::kLeft, false},
                   {"to", "to"},
                   {"date", "date"},
                   {"detail", "detail"},
                   {"sources", "sources"}};
  for (size_t i = 0; i < hops.size(); ++i) {
    const PathHop& h = hops[i];
    Cell relation = Cell::Text(h.relation);
    relation.text = h.forward ? h.relation + " →" : "← " + h.relation;
    table.rows.push_back({Cell::Number(static_cast<double>(i + 1), std::to_string(i + 1)), Cell::Text(h.from_id),
                          Cell::Text(h.from), relation, Cell::Bool(h.forward), Cell::Text(h.to_id), Cell::Text(h.to),
                          Cell::Text(h.date), Cell::Text(h.detail), Cell::List(h.sources, ", ")});
  }
  return table;
}

}  // namespace bilat::query
