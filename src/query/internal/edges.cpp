#include "query/internal/edges.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "graph/filters.h"

namespace bilat::query::internal {
namespace {

// First and last day of "2021", "2022-01/2022-08"; nullopt when undated.
std::optional<std::pair<int, int>> DaySpan(const std::string& text) {
  size_t slash = text.find('/');
  auto first = Date::ParseIso(std::string_view(text).substr(0, slash));
  if (!first) return std::nullopt;
  auto last = slash == std::string::npos ? first : Date::ParseIso(std::string_view(text).substr(slash + 1));
  return std::make_pair(first->FirstDay(), (last ? *last : *first).LastDay());
}

// Position of an office in the gazetteer's list; unknown offices last.
size_t OfficeRank(const std::string& id, const gazetteer::Gazetteer* gazetteer) {
  if (!gazetteer) return 0;
  const auto& offices = gazetteer->offices();
  auto it = std::find_if(offices.begin(), offices.end(), [&](const gazetteer::Office& o) { return o.id == id; });
  return static_cast<size_t>(it - offices.begin());
}

}  // namespace

std::vector<std::string> SourceDocs(const graph::EdgeProps& edge) {
  std::vector<std::string> docs;
  for (const graph::EvidenceRef& e : edge.evidence)
    if (std::find(docs.begin(), docs.end(), e.doc) == docs.end()) docs.push_back(e.doc);
  return docs;
}

std::string LabelOf(const std::string& id, const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer) {
  if (auto v = graph.FindNode(id)) return graph.node(*v).label;
  if (gazetteer) {
    if (const auto* c = gazetteer->FindCountry(id)) return c->names.Display();
    if (const auto* p = gazetteer->FindPerson(id)) return p->names.Display();
    if (const auto* o = gazetteer->FindOrganization(id)) return o->names.Display();
  }
  return id;
}

std::string DateRange(const std::string& start, const std::string& end) {
  return end.empty() || end == start ? start : start + "–" + end;
}

bool EarlierDate(const std::string& a, const std::string& b) {
  auto x = DaySpan(a), y = DaySpan(b);
  if (!x || !y) return x.has_value() && !y.has_value();
  return *x < *y;
}

bool InWindow(const graph::EdgeProps& edge, const Date& since, const Date& until) {
  graph::Filter filter;
  filter.since = since;
  filter.until = until;
  static const graph::NodeProps kAny;
  return graph::EdgePasses(edge, kAny, kAny, filter);
}

void OfficeOn(const graph::KnowledgeGraph& graph, graph::Vertex person, const std::string& date,
              const gazetteer::Gazetteer* gazetteer, std::string* id, std::string* label) {
  id->clear();
  label->clear();
  auto day = Date::ParseIso(date);
  if (!day) return;
  size_t best = std::numeric_limits<size_t>::max();
  for (graph::Edge e : graph.IncidentEdges(person)) {
    const graph::EdgeProps& edge = graph.edge(e);
    if (edge.relation != graph::Relation::kHoldsOffice || graph.source(e) != person) continue;
    graph::DateSpan span = graph::EdgeDateSpan(edge);
    if (span.first.empty() || span.first.FirstDay() > day->LastDay()) continue;
    if (!span.ongoing && !span.last.empty() && span.last.LastDay() < day->FirstDay()) continue;
    size_t rank = OfficeRank(edge.name, gazetteer);
    if (rank < best || (rank == best && edge.name < *id)) {
      best = rank;
      *id = edge.name;
    }
  }
  if (id->empty()) return;
  const gazetteer::Office* office = gazetteer ? gazetteer->FindOffice(*id) : nullptr;
  *label = office ? office->names.Display() : *id;
}

std::string GroupThousands(double value) {
  char buffer[64];
  bool whole = std::trunc(value) == value;
  std::snprintf(buffer, sizeof buffer, whole ? "%.0f" : "%.2f", value);
  std::string digits = buffer, out;
  size_t point = digits.find('.'), end = point == std::string::npos ? digits.size() : point;
  size_t begin = digits[0] == '-' ? 1 : 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > begin && i < end && (end - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace bilat::query::internal
