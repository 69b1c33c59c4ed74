// NameResolver: turns the names a user types (越南, Vietnam, Việt Nam, VN;
// 苏林, To Lam, Tô Lâm, 蘇林; a graph node id; the label of an unlinked person)
// into the id of a graph node or gazetteer entity. Names are compared after
// text::NormalizeKey (NFKC, Traditional → Simplified, lower case). When a name
// is unknown, the error suggests the closest known names by edit distance.
// Holds references to the graph and gazetteer, which must outlive it;
// immutable after construction, so share it across threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::query {

struct ResolvedName {
  std::string id;      // node id: "VN", "vn.to-lam", "ASEAN", "person:丹尼斯·诺贝柳斯"
  graph::NodeKind kind = graph::NodeKind::kCountry;
  std::string label;   // display name: 越南, 苏林
  bool in_graph = false;  // false: known to the gazetteer only (no relation in this graph)
};

class NameResolver {
 public:
  // `gazetteer` may be nullptr (then only node ids and labels are known).
  NameResolver(const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer);

  // Tried in order: a node id (country codes in any case), a gazetteer
  // country code, a gazetteer alias (entities with a node in the graph
  // first, then countries before people before organizations; a capital
  // names its country), a node label. Unknown: NotFound whose message
  // names the closest known names ("unknown name 'To Lum'; closest known
  // names: To Lam (vn.to-lam), ...").
  Status Resolve(std::string_view name, ResolvedName* out) const;

  // Up to `n` known names nearest to `name` (Levenshtein distance over code
  // points of the normalized forms; ties: names in the graph first, then
  // alphabetical), one per entity, each as "alias (id)".
  std::vector<std::string> Closest(std::string_view name, size_t n = 3) const;

 private:
  struct Known {
    std::u32string key;   // normalized alias
    std::string alias;    // as written in the gazetteer or graph
    std::string id;
    bool in_graph = false;
  };

  bool FromGraph(const std::string& id, ResolvedName* out) const;
  bool FromGazetteer(std::string_view name, ResolvedName* out) const;
  void FromEntity(const std::string& id, graph::NodeKind kind, const std::string& label, ResolvedName* out) const;

  const graph::KnowledgeGraph& graph_;
  const gazetteer::Gazetteer* gazetteer_;
  std::vector<Known> known_;  // every alias and label, for suggestions
};

// Levenshtein distance between two code point strings.
size_t EditDistance(std::u32string_view a, std::u32string_view b);

}  // namespace bilat::query
