// Internal to query/: what the queries share about edges and nodes: the
// articles an edge comes from, display labels, dates for sorting and
// showing, the office a person held on a date. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "graph/knowledge_graph.h"
#include "util/date.h"

namespace bilat::query::internal {

// Distinct article ids of the edge's evidence, in order.
std::vector<std::string> SourceDocs(const graph::EdgeProps& edge);

// The label of the node `id`, else the gazetteer's display name of the
// country, person or organization `id`, else `id` itself ("" for "").
std::string LabelOf(const std::string& id, const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer);

// "2019-02", or "2025-07-06–2025-07-07" when the end differs from the start.
std::string DateRange(const std::string& start, const std::string& end);

// Orders ISO dates (or "A/B" periods) oldest first by first day, then last
// day; undated ("") last.
bool EarlierDate(const std::string& a, const std::string& b);

// True when the edge's dates meet the window [since, until] (empty bounds
// are open; with a bound set, undated edges fail), as `bilat build --since`.
bool InWindow(const graph::EdgeProps& edge, const Date& since, const Date& until);

// The office `person` held on `date` by the graph's holds_office edges: of
// the offices held then, the first in the gazetteer's office list (head of
// state before party leader before party official ...). Sets *id and
// *label (the office's display name; the id without a gazetteer). Leaves
// both empty when unknown.
void OfficeOn(const graph::KnowledgeGraph& graph, graph::Vertex person, const std::string& date,
              const gazetteer::Gazetteer* gazetteer, std::string* id, std::string* label);

// 165900000000 → "165,900,000,000"; fractions keep two decimals.
std::string GroupThousands(double value);

}  // namespace bilat::query::internal
