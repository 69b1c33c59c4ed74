#include "graph/views.h"

#include <algorithm>
#include <map>
#include <set>

namespace bilat::graph {
namespace {

// Edges of one relation between one pair of lifted ends.
struct Group {
  std::string from, to;  // orientation of the first edge
  std::vector<const EdgeProps*> edges;
};

// The node an end is lifted to: countries stay, people and national
// organizations become the country they represented, others stay.
std::string Lift(const NodeProps& node, const std::string& represented) {
  if (node.kind == NodeKind::kCountry) return node.id;
  if (!represented.empty()) return represented;
  return node.id;
}

const char* Noun(Relation relation, bool plural) {
  switch (relation) {
    case Relation::kVisit: return plural ? "visits" : "visit";
    case Relation::kMeeting: return plural ? "meetings" : "meeting";
    case Relation::kAgreement: return plural ? "agreements" : "agreement";
    case Relation::kAid: return plural ? "aid items" : "aid item";
    case Relation::kRelationsEstablished: return "relations established";
    case Relation::kTrade: return plural ? "figures" : "figure";
    case Relation::kHoldsOffice: return plural ? "offices" : "office";
  }
  return "";
}

std::string YearSpan(const std::string& first, const std::string& last) {
  std::string a = first.substr(0, 4), b = last.substr(0, 4);
  if (a.empty()) return "";
  return a == b || b.empty() ? a : a + "–" + b;
}

// The trade edge with the latest period (ties: most evidence, larger value).
const EdgeProps* LatestTrade(const std::vector<const EdgeProps*>& edges) {
  auto rank = [](const EdgeProps* e) {
    DateSpan span = EdgeDateSpan(*e);
    return std::tuple(span.last.empty() ? 0 : span.last.LastDay(), span.first.empty() ? 0 : span.first.FirstDay(),
                      e->count(), e->value_usd.value_or(0));
  };
  return *std::max_element(edges.begin(), edges.end(), [&](auto* x, auto* y) { return rank(x) < rank(y); });
}

std::string Summary(const EdgeProps& e) {
  if (e.relation == Relation::kRelationsEstablished) return EdgeLabel(e);
  if (e.relation == Relation::kTrade) {
    EdgeProps plain = e;
    plain.summary.clear();
    std::string label = EdgeLabel(plain);
    if (e.relations > 1) label += " (" + std::to_string(e.relations) + " figures)";
    return label;
  }
  std::string label = std::to_string(e.relations) + " " + Noun(e.relation, e.relations != 1);
  std::string span = YearSpan(e.first, e.last);
  return span.empty() ? label : label + ", " + span;
}

EdgeProps Aggregate(const std::string& key, const Group& group) {
  const EdgeProps* base = group.edges.front()->relation == Relation::kTrade ? LatestTrade(group.edges)
                                                                              : group.edges.front();
  EdgeProps out = *base;
  out.key = key;
  out.relations = static_cast<int>(group.edges.size());
  out.evidence.clear();
  out.first.clear();
  out.last.clear();
  std::set<EvidenceRef> evidence;
  Date first, last;
  for (const EdgeProps* e : group.edges) {
    evidence.insert(e->evidence.begin(), e->evidence.end());
    out.date_inferred = out.date_inferred && e->date_inferred;
    DateSpan span = EdgeDateSpan(*e);
    if (!span.first.empty() && (first.empty() || span.first.FirstDay() < first.FirstDay())) first = span.first;
    Date end = span.last.empty() ? span.first : span.last;
    if (!end.empty() && (last.empty() || end.LastDay() > last.LastDay())) last = end;
  }
  out.evidence.assign(evidence.begin(), evidence.end());
  out.first = first.ToIso();
  out.last = last.ToIso();
  out.summary = Summary(out);
  return out;
}

NodeProps LiftedNode(const std::string& id, const KnowledgeGraph& persons, const gazetteer::Gazetteer* gazetteer) {
  if (auto v = persons.FindNode(id)) return persons.node(*v);
  NodeProps node{id, NodeKind::kCountry, id, id, false};
  if (const gazetteer::Country* c = gazetteer ? gazetteer->FindCountry(id) : nullptr) {
    node.label = c->names.Display();
    node.linked = true;
  }
  return node;
}

}  // namespace

const char* ViewName(View view) { return view == View::kPersons ? "persons" : "countries"; }

std::optional<View> ParseView(std::string_view name) {
  if (name == "persons") return View::kPersons;
  if (name == "countries") return View::kCountries;
  return std::nullopt;
}

KnowledgeGraph CountryView(const KnowledgeGraph& persons, const gazetteer::Gazetteer* gazetteer) {
  std::map<std::string, Group> groups;
  for (Edge e : persons.Edges()) {
    const EdgeProps& edge = persons.edge(e);
    if (edge.relation == Relation::kHoldsOffice) continue;
    std::string from = Lift(persons.node(persons.source(e)), edge.from_country);
    std::string to = Lift(persons.node(persons.target(e)), edge.to_country);
    if (from == to) continue;
    bool symmetric = IsSymmetric(edge.relation) || edge.flow == "bilateral";
    std::string x = from, y = to;
    if (symmetric && y < x) std::swap(x, y);
    std::string key = std::string(RelationName(edge.relation)) + "|" + x + "|" + y + "|" + edge.flow;
    Group& group = groups[key];
    if (group.edges.empty()) group.from = from, group.to = to;
    group.edges.push_back(&edge);
  }
  std::set<std::string> ids;
  for (const auto& [key, group] : groups) ids.insert({group.from, group.to});

  KnowledgeGraph out;
  out.set_view("countries");
  for (const std::string& id : ids) out.AddNode(LiftedNode(id, persons, gazetteer));
  for (const auto& [key, group] : groups) {
    Vertex from = *out.FindNode(group.from), to = *out.FindNode(group.to);
    EdgeProps props = Aggregate(key, group);
    if (out.node(from).kind == NodeKind::kCountry) props.from_country = group.from;
    if (out.node(to).kind == NodeKind::kCountry) props.to_country = group.to;
    out.AddEdge(from, to, std::move(props));
  }
  return out;
}

}  // namespace bilat::graph
