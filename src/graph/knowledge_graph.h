// KnowledgeGraph: the bilateral-relations multigraph. A Boost adjacency_list
// with bundled properties (NodeProps, EdgeProps) and a lookup of nodes by id.
// Nodes are countries, people and organizations; edges are relations (visit,
// holds_office, trade, ...) that keep every piece of evidence. Parallel edges
// are allowed (two trade figures for one pair, several visits).
//
// Node ids: a country is its ISO alpha-2 code ("VN"); a linked person or
// organization its gazetteer id ("vn.to-lam", "ASEAN"); an unlinked one
// "person:<normalized name>" or "org:<normalized name>".
//
// Built by BuildGraph (graph/graph_builder.h) or ReadGraphJson
// (graph/graph_json.h). Not synchronized: share read-only across threads.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/date.h"

namespace bilat::graph {

enum class NodeKind { kCountry, kPerson, kOrganization };
const char* NodeKindName(NodeKind kind);  // "country", "person", "organization"
std::optional<NodeKind> ParseNodeKind(std::string_view name);

enum class Relation { kVisit, kHoldsOffice, kTrade, kAgreement, kMeeting, kRelationsEstablished, kAid };
// "visit", "holds_office", "trade", "agreement", "meeting", "relations_established", "aid".
const char* RelationName(Relation relation);
std::optional<Relation> ParseRelation(std::string_view name);
// Every relation, in the order above (legends, CLI help).
const std::vector<Relation>& AllRelations();
// True for relations without a direction (meeting, relations_established,
// agreement, bilateral trade is decided per edge by its flow).
bool IsSymmetric(Relation relation);

struct NodeProps {
  std::string id;        // see the top comment
  NodeKind kind = NodeKind::kCountry;
  std::string label;     // display name: zh-Hans when known, else as written
  std::string country;   // people and national organizations: the country represented
  bool linked = false;   // true when the id comes from the gazetteer
};

// One mention of a relation: which article, which sentence, where.
struct EvidenceRef {
  std::string doc;      // article id ("gazetteer:people/vn.yaml" for roles)
  size_t offset = 0;    // byte offset of the sentence in the article (roles: line)
  std::string text;     // the sentence as written
  std::string section;  // title | caption | body | more
  std::string rule;     // the extraction rule that fired

  auto operator<=>(const EvidenceRef&) const = default;
};

struct EdgeProps {
  Relation relation = Relation::kVisit;
  std::string key;       // merge key: edges with equal keys are one relation

  // Dates, ISO 8601 as precise as known ("2019", "2019-02", "2019-02-28").
  std::string date;      // visit start, meeting/agreement/relations date, term start
  std::string end;       // visit end, end of an office term ("" = ongoing)
  std::string period;    // trade, aid: "2021" or "2022-01/2022-08"

  std::string flow;                 // trade: bilateral | export | import
  std::optional<double> value_usd;  // trade
  std::string name;                 // agreement title; aid: what; holds_office: office id
  std::string status;               // visit: done | planned
  std::string place;                // meeting place, ISO alpha-2
  std::vector<std::string> parties; // agreement: every party (may be more than the two ends)
  bool date_inferred = false;       // the date comes from the article's context

  // The country each end represented on the date (for people: the event's
  // participant country, else the gazetteer's); the node id for countries.
  std::string from_country, to_country;

  // Trade: another edge has the same pair, flow and period but a different value.
  bool conflict = false;

  // Roll-up (countries view): how many relations this edge stands for (1 in
  // the persons view) and the span of their dates; a summary label.
  int relations = 1;
  std::string first, last;
  std::string summary;  // e.g. "3 visits, 2019–2025"; "" in the persons view

  std::vector<EvidenceRef> evidence;  // every mention, sorted; count() is its size

  size_t count() const { return evidence.size(); }
};

// The dates an edge covers. `first` is empty for undated edges; `last` is
// empty for an office still held. Countries view: the span of all its relations.
struct DateSpan {
  Date first, last;
  bool ongoing = false;  // an office term without an end
};
DateSpan EdgeDateSpan(const EdgeProps& edge);

// A short label for pictures: the summary when there is one, else e.g.
// "visit 2019-02", "trade 2021: 165.9 bn USD", "《越南-朝鲜贸易协定》 1958-12".
std::string EdgeLabel(const EdgeProps& edge);
// "165.9 bn USD", "15 m USD", "120000 USD".
std::string FormatUsd(double value);

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  // Copies are deep. Moves are cheap (Boost 1.74's adjacency_list has no move
  // constructor, so the graph is held by pointer); a moved-from graph is empty.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other);
  ~KnowledgeGraph();

  // The whole Boost graph, for algorithms (BFS, betweenness, ...).
  const Graph& graph() const { return *graph_; }

  // "persons" or "countries": which view this graph is.
  const std::string& view() const { return view_; }
  void set_view(std::string view) { view_ = std::move(view); }

  size_t node_count() const { return boost::num_vertices(*graph_); }
  size_t edge_count() const { return boost::num_edges(*graph_); }

  // Adds a node, or returns the existing one with the same id unchanged.
  Vertex AddNode(NodeProps props);
  // Adds an edge (parallel edges allowed). REQUIRES: both are nodes of this graph.
  Edge AddEdge(Vertex from, Vertex to, EdgeProps props);

  // nullopt when no node has this id.
  std::optional<Vertex> FindNode(std::string_view id) const;

  const NodeProps& node(Vertex v) const { return (*graph_)[v]; }
  const EdgeProps& edge(Edge e) const { return (*graph_)[e]; }
  Vertex source(Edge e) const { return boost::source(e, *graph_); }
  Vertex target(Edge e) const { return boost::target(e, *graph_); }

  // Every node in insertion order; every edge in a stable order (by source
  // node, then insertion).
  std::vector<Vertex> Nodes() const;
  std::vector<Edge> Edges() const;
  std::vector<Edge> EdgesOfType(Relation relation) const;
  // Edges from or to `v`.
  std::vector<Edge> IncidentEdges(Vertex v) const;

 private:
  std::unique_ptr<Graph> graph_;
  std::string view_ = "persons";
  std::unordered_map<std::string, Vertex> index_;
};

}  // namespace bilat::graph
