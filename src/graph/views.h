// Views of the knowledge graph. The persons view is the graph as built:
// people, countries and organizations with one edge per relation. The
// countries view lifts every person to the country they represented on the
// event's date (the event's participant country, else the gazetteer's) and
// aggregates parallel edges: one edge per relation type and pair (and trade
// flow), with a count, the span of dates ("3 visits, 2019–2025"), all the
// evidence, and for trade the latest figure. holds_office edges and
// relations within one country are left out. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "gazetteer/gazetteer.h"
#include "graph/knowledge_graph.h"

namespace bilat::graph {

enum class View { kPersons, kCountries };
const char* ViewName(View view);  // "persons", "countries"
std::optional<View> ParseView(std::string_view name);

// `gazetteer` (may be nullptr) names countries that the persons view has no
// node for (the country of a visitor, say).
KnowledgeGraph CountryView(const KnowledgeGraph& persons, const gazetteer::Gazetteer* gazetteer);

}  // namespace bilat::graph
