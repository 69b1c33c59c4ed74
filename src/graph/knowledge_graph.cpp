#include "graph/knowledge_graph.h"

#include <cstdio>
#include <utility>

namespace bilat::graph {
namespace {

constexpr std::pair<NodeKind, const char*> kKindNames[] = {
    {NodeKind::kCountry, "country"},
    {NodeKind::kPerson, "person"},
    {NodeKind::kOrganization, "organization"},
};

constexpr std::pair<Relation, const char*> kRelationNames[] = {
    {Relation::kVisit, "visit"},
    {Relation::kHoldsOffice, "holds_office"},
    {Relation::kTrade, "trade"},
    {Relation::kAgreement, "agreement"},
    {Relation::kMeeting, "meeting"},
    {Relation::kRelationsEstablished, "relations_established"},
    {Relation::kAid, "aid"},
};

}  // namespace

const char* NodeKindName(NodeKind kind) {
  for (auto [k, name] : kKindNames)
    if (k == kind) return name;
  return "?";
}

std::optional<NodeKind> ParseNodeKind(std::string_view name) {
  for (auto [k, n] : kKindNames)
    if (name == n) return k;
  return std::nullopt;
}

const char* RelationName(Relation relation) {
  for (auto [r, name] : kRelationNames)
    if (r == relation) return name;
  return "?";
}

std::optional<Relation> ParseRelation(std::string_view name) {
  for (auto [r, n] : kRelationNames)
    if (name == n) return r;
  return std::nullopt;
}

const std::vector<Relation>& AllRelations() {
  static const std::vector<Relation> kAll = [] {
    std::vector<Relation> all;
    for (auto [r, name] : kRelationNames) all.push_back(r);
    return all;
  }();
  return kAll;
}

bool IsSymmetric(Relation relation) {
  return relation == Relation::kMeeting || relation == Relation::kRelationsEstablished ||
         relation == Relation::kAgreement;
}

KnowledgeGraph::KnowledgeGraph() : graph_(std::make_unique<Graph>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : graph_(std::make_unique<Graph>(*other.graph_)), view_(other.view_), index_(other.index_) {}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : graph_(std::exchange(other.graph_, std::make_unique<Graph>())),
      view_(std::exchange(other.view_, "persons")),
      index_(std::exchange(other.index_, {})) {}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
  if (this == &other) return *this;
  graph_ = std::exchange(other.graph_, std::make_unique<Graph>());
  view_ = std::exchange(other.view_, "persons");
  index_ = std::exchange(other.index_, {});
  return *this;
}

Vertex KnowledgeGraph::AddNode(NodeProps props) {
  auto it = index_.find(props.id);
  if (it != index_.end()) return it->second;
  std::string id = props.id;
  Vertex v = boost::add_vertex(std::move(props), *graph_);
  index_.emplace(std::move(id), v);
  return v;
}

Edge KnowledgeGraph::AddEdge(Vertex from, Vertex to, EdgeProps props) {
  return boost::add_edge(from, to, std::move(props), *graph_).first;
}

std::optional<Vertex> KnowledgeGraph::FindNode(std::string_view id) const {
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> KnowledgeGraph::Nodes() const {
  auto [begin, end] = boost::vertices(*graph_);
  return {begin, end};
}

std::vector<Edge> KnowledgeGraph::Edges() const {
  auto [begin, end] = boost::edges(*graph_);
  return {begin, end};
}

std::vector<Edge> KnowledgeGraph::EdgesOfType(Relation relation) const {
  std::vector<Edge> out;
  for (Edge e : Edges())
    if ((*graph_)[e].relation == relation) out.push_back(e);
  return out;
}

std::vector<Edge> KnowledgeGraph::IncidentEdges(Vertex v) const {
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(v, *graph_); it != end; ++it) out.push_back(*it);
  for (auto [it, end] = boost::in_edges(v, *graph_); it != end; ++it)
    if (boost::source(*it, *graph_) != v) out.push_back(*it);
  return out;
}

}  // namespace bilat::graph

namespace bilat::graph {
namespace {

Date ParseOr(std::string_view text) { return Date::ParseIso(text).value_or(Date{}); }

std::string Joined(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + " " + b;
}

}  // namespace

DateSpan EdgeDateSpan(const EdgeProps& e) {
  DateSpan span;
  if (!e.first.empty()) {
    span.first = ParseOr(e.first);
    span.last = ParseOr(e.last.empty() ? e.first : e.last);
    return span;
  }
  if (!e.period.empty()) {
    size_t slash = e.period.find('/');
    span.first = ParseOr(std::string_view(e.period).substr(0, slash));
    span.last = slash == std::string::npos ? span.first : ParseOr(std::string_view(e.period).substr(slash + 1));
    return span;
  }
  span.first = ParseOr(e.date);
  if (!e.end.empty()) span.last = ParseOr(e.end);
  else if (e.relation == Relation::kHoldsOffice) span.ongoing = !span.first.empty();
  else span.last = span.first;
  return span;
}

std::string FormatUsd(double value) {
  char buf[64];
  if (value >= 1e9) std::snprintf(buf, sizeof buf, "%.1f bn USD", value / 1e9);
  else if (value >= 1e6) std::snprintf(buf, sizeof buf, "%.1f m USD", value / 1e6);
  else std::snprintf(buf, sizeof buf, "%.0f USD", value);
  std::string out = buf;
  size_t dot0 = out.find(".0 ");
  if (dot0 != std::string::npos) out.erase(dot0, 2);
  return out;
}

std::string EdgeLabel(const EdgeProps& e) {
  if (!e.summary.empty()) return e.summary;
  switch (e.relation) {
    case Relation::kVisit:
      return Joined(e.status == "planned" ? "planned visit" : "visit", e.date);
    case Relation::kHoldsOffice:
      return e.name + " " + e.date + "–" + e.end;
    case Relation::kTrade: {
      std::string label = Joined(e.flow == "export" ? "exports" : "trade", e.period);
      if (e.value_usd) label += ": " + FormatUsd(*e.value_usd);
      return e.conflict ? label + " (conflicting)" : label;
    }
    case Relation::kAgreement:
      return Joined(e.name.empty() ? "agreement" : e.name, e.date);
    case Relation::kMeeting:
      return Joined("meeting", e.date);
    case Relation::kRelationsEstablished:
      return Joined("relations established", e.date);
    case Relation::kAid:
      return Joined(Joined("aid", e.name), e.period);
  }
  return "";
}

}  // namespace bilat::graph
