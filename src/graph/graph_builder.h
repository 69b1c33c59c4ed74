// GraphBuilder: turns extracted Events into the persons-view KnowledgeGraph.
// The same relation seen in several articles or mentions becomes one edge
// carrying every evidence; two trade figures with the same pair, flow and
// period but different values stay two edges, both marked `conflict`. People
// linked to the gazetteer also get holds_office edges from their dated roles.
//
// The result does not depend on the order events are added in (so shards of
// a corpus built together give the graph of the whole): node ids and merge
// keys are sorted when the graph is made, and the mentions of one relation
// are merged in order of their evidence (article, offset), the earliest giving
// the orientation of a symmetric edge (meeting, relations_established,
// agreement, bilateral trade). Canonical forms: an import (a imports from b)
// is stored as an export from b to a.
//
// One builder per thread; the gazetteer is only read.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/event.h"
#include "gazetteer/gazetteer.h"
#include "graph/knowledge_graph.h"

namespace bilat::graph {

struct BuildOptions {
  bool holds_office = true;  // add holds_office edges for linked people in the graph
};

class GraphBuilder {
 public:
  // `gazetteer` gives display names, people's countries and roles; it may be
  // nullptr (ids are then taken as they are). It must outlive the builder.
  explicit GraphBuilder(const gazetteer::Gazetteer* gazetteer, BuildOptions options = {});

  // Merges one event in. Events lacking an end (a visit without host, a
  // trade figure without both countries) are counted in skipped() and dropped.
  void Add(const extract::Event& event);
  size_t skipped() const { return skipped_; }

  // The graph of everything added so far. Consumes the builder: its edges are
  // moved into the graph, not copied (`std::move(builder).Finish()`).
  KnowledgeGraph Finish() &&;

 private:
  struct PendingEdge {
    std::string from, to;  // node ids
    EdgeProps props;
  };

  // Where a person the gazetteer does not describe was met: the earliest,
  // preferring one with a country, describes the node.
  struct Mention {
    bool no_country;
    std::string doc;
    size_t offset;
    std::string label, country;
    auto operator<=>(const Mention&) const = default;
  };

  std::string PersonNode(const extract::Participant& p, const extract::Event& event, std::string* country);
  std::string CountryNode(const std::string& code);
  std::string PartyNode(const std::string& code);
  void AddEdge(const std::string& from, const std::string& to, EdgeProps props,
               const extract::Event& event);
  void AddHoldsOffice(KnowledgeGraph* graph) const;

  const gazetteer::Gazetteer* gazetteer_;
  BuildOptions options_;
  std::map<std::string, NodeProps> nodes_;    // by id
  std::map<std::string, Mention> unlinked_first_;  // such people by id
  static PendingEdge MergeParts(std::vector<PendingEdge>&& parts);
  std::map<std::string, std::vector<PendingEdge>> edges_;  // by merge key: each mention's part
  size_t skipped_ = 0;
};

// Convenience: every event through one builder.
KnowledgeGraph BuildGraph(const std::vector<extract::Event>& events, const gazetteer::Gazetteer* gazetteer,
                          BuildOptions options = {});

// The id of an unlinked person or organization: "person:" or "org:" plus the
// normalized name.
std::string UnlinkedId(NodeKind kind, std::string_view name);

}  // namespace bilat::graph
