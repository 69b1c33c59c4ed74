#include "graph/graph_builder.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <tuple>

#include "text/normalize.h"

namespace bilat::graph {
namespace {

using extract::Event;
using extract::EventType;

std::string ValueKey(const std::optional<double>& value) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.0f", value.value_or(-1));
  return buf;
}

std::string Join(std::initializer_list<std::string> parts) {
  std::string key;
  for (const std::string& part : parts) {
    if (!key.empty()) key += '|';
    key += part;
  }
  return key;
}

// (x, y) in sorted order, for keys of symmetric relations.
std::pair<std::string, std::string> Sorted(std::string x, std::string y) {
  if (y < x) std::swap(x, y);
  return {std::move(x), std::move(y)};
}

bool LooksLikeCountryCode(const std::string& code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "people/vn.yaml" from any path to that file.
std::string ShortSource(const std::string& file) {
  std::filesystem::path path(file);
  std::filesystem::path parent = path.parent_path().filename();
  return (parent.empty() ? path.filename() : parent / path.filename()).generic_string();
}

// Keeps the more precise of two dates for the same relation.
void FillDate(std::string* mine, const std::string& other) {
  if (other.size() > mine->size()) *mine = other;
}

void MergeInto(EdgeProps* edge, EdgeProps&& more) {
  FillDate(&edge->date, more.date);
  FillDate(&edge->end, more.end);
  if (edge->status != "done" && !more.status.empty()) edge->status = more.status;
  if (edge->place.empty()) edge->place = more.place;
  if (edge->from_country.empty()) edge->from_country = more.from_country;
  if (edge->to_country.empty()) edge->to_country = more.to_country;
  edge->date_inferred = edge->date_inferred && more.date_inferred;
  for (EvidenceRef& ev : more.evidence)
    if (std::find(edge->evidence.begin(), edge->evidence.end(), ev) == edge->evidence.end())
      edge->evidence.push_back(std::move(ev));
}

size_t FirstOffset(const Event& event) {
  size_t first = SIZE_MAX;
  for (const extract::Evidence& ev : event.evidence) first = std::min(first, ev.offset);
  return first;
}

// Trade figures for the same pair, flow and period with different values.
void MarkConflicts(std::map<std::string, std::vector<EdgeProps*>>& groups) {
  for (auto& [group, edges] : groups) {
    std::set<std::string> values;
    for (const EdgeProps* e : edges) values.insert(ValueKey(e->value_usd));
    if (values.size() > 1)
      for (EdgeProps* e : edges) e->conflict = true;
  }
}

}  // namespace

std::string UnlinkedId(NodeKind kind, std::string_view name) {
  return std::string(kind == NodeKind::kPerson ? "person:" : "org:") + text::NormalizeKey(name);
}

GraphBuilder::GraphBuilder(const gazetteer::Gazetteer* gazetteer, BuildOptions options)
    : gazetteer_(gazetteer), options_(options) {}

std::string GraphBuilder::CountryNode(const std::string& code) {
  if (code.empty()) return "";
  auto it = nodes_.find(code);
  if (it != nodes_.end()) return code;
  NodeProps node{code, NodeKind::kCountry, code, code, false};
  if (const gazetteer::Country* c = gazetteer_ ? gazetteer_->FindCountry(code) : nullptr) {
    node.label = c->names.Display();
    node.linked = true;
  }
  nodes_.emplace(code, std::move(node));
  return code;
}

// The node of a person-like participant of `event`: a linked person, an
// unlinked name, or, when no person is named, the country. *country: the one
// represented.
std::string GraphBuilder::PersonNode(const extract::Participant& p, const Event& event, std::string* country) {
  *country = p.country;
  if (!p.id.empty() && gazetteer_ && gazetteer_->FindCountry(p.id)) {
    *country = p.id;
    return CountryNode(p.id);
  }
  if (p.name.empty() && p.id.empty()) return CountryNode(p.country);
  NodeProps node{p.id, NodeKind::kPerson, p.name, p.country, !p.id.empty()};
  if (p.id.empty()) node.id = UnlinkedId(NodeKind::kPerson, p.name);
  const gazetteer::Person* person = gazetteer_ && !p.id.empty() ? gazetteer_->FindPerson(p.id) : nullptr;
  if (person) {
    node.label = person->names.Display();
    node.country = person->country;
  }
  if (node.label.empty()) node.label = node.id;
  if (country->empty()) *country = node.country;
  std::string id = node.id;
  Mention mention{node.country.empty(), event.doc, FirstOffset(event), node.label, node.country};
  auto [it, added] = nodes_.emplace(id, std::move(node));
  if (person) return id;
  // A name the gazetteer does not describe, met several times (written
  // differently, with other countries), is described by its earliest mention
  // with a country, whatever the order the events come in.
  auto [first, none_yet] = unlinked_first_.emplace(id, mention);
  if (!none_yet && mention < first->second) {
    first->second = mention;
    it->second.label = mention.label;
    it->second.country = mention.country;
  }
  return id;
}

// An agreement party: a country code or an organization code.
std::string GraphBuilder::PartyNode(const std::string& code) {
  if (code.empty()) return "";
  bool is_country = gazetteer_ ? gazetteer_->FindCountry(code) != nullptr : LooksLikeCountryCode(code);
  if (is_country) return CountryNode(code);
  NodeProps node{code, NodeKind::kOrganization, code, "", false};
  if (const gazetteer::Organization* org = gazetteer_ ? gazetteer_->FindOrganization(code) : nullptr) {
    node.label = org->names.Display().empty() ? code : org->names.Display();
    node.country = org->country;
    node.linked = true;
  } else if (!gazetteer_) {
    node.linked = true;
  }
  nodes_.emplace(code, std::move(node));
  return code;
}

void GraphBuilder::AddEdge(const std::string& from, const std::string& to, EdgeProps props, const Event& event) {
  if (from.empty() || to.empty() || from == to) {
    ++skipped_;
    return;
  }
  props.date_inferred = event.date_inferred;
  for (const extract::Evidence& ev : event.evidence)
    props.evidence.push_back({event.doc, ev.offset, ev.text, ev.section.empty() ? event.section : ev.section, ev.rule});
  std::sort(props.evidence.begin(), props.evidence.end());
  std::vector<PendingEdge>& parts = edges_[props.key];
  parts.push_back(PendingEdge{from, to, std::move(props)});
}

// One edge from every part with its key, merged in order of mention; the
// earliest mention also gives the direction of a symmetric relation.
GraphBuilder::PendingEdge GraphBuilder::MergeParts(std::vector<PendingEdge>&& parts) {
  // By sorted evidence (article, offset, ...), then by the other fields, so
  // that the order is total and the merge the same whatever the input order.
  auto mention = [](const PendingEdge& p) {
    const EdgeProps& e = p.props;
    return std::tie(e.evidence, e.date, e.end, e.status, e.place, e.from_country, e.to_country, e.parties,
                    e.date_inferred, p.from, p.to);
  };
  std::sort(parts.begin(), parts.end(), [&](const PendingEdge& a, const PendingEdge& b) { return mention(a) < mention(b); });
  PendingEdge edge = std::move(parts.front());
  for (size_t i = 1; i < parts.size(); ++i) MergeInto(&edge.props, std::move(parts[i].props));
  std::sort(edge.props.evidence.begin(), edge.props.evidence.end());
  return edge;
}

void GraphBuilder::Add(const Event& event) {
  EdgeProps e;
  std::string from, to;
  switch (event.type) {
    case EventType::kVisit: {
      e.relation = Relation::kVisit;
      from = PersonNode(event.a, event, &e.from_country);
      std::string host = event.place.empty() ? event.b.country : event.place;
      to = CountryNode(host);
      e.to_country = host;
      e.date = event.start;
      e.end = event.end;
      e.status = event.status;
      e.key = Join({"visit", from, to, event.start});
      break;
    }
    case EventType::kTrade: {
      e.relation = Relation::kTrade;
      std::string a = event.a.country, b = event.b.country;
      e.flow = event.flow;
      if (e.flow == "import") {
        std::swap(a, b);
        e.flow = "export";
      }
      from = CountryNode(a);
      to = CountryNode(b);
      e.from_country = a;
      e.to_country = b;
      e.period = event.period;
      e.value_usd = event.value_usd;
      auto [x, y] = e.flow == "bilateral" ? Sorted(a, b) : std::pair{a, b};
      e.key = Join({"trade", x, y, e.flow, e.period, ValueKey(e.value_usd)});
      break;
    }
    case EventType::kAgreement: {
      e.relation = Relation::kAgreement;
      std::vector<std::string> parties = event.parties;
      if (parties.size() < 2) parties = {event.a.country, event.b.country};
      std::sort(parties.begin(), parties.end());
      parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
      parties.erase(std::remove(parties.begin(), parties.end(), std::string()), parties.end());
      e.parties = parties;
      e.name = event.name;
      e.date = event.date;
      // One edge per pair of parties: a multilateral accord links each pair.
      for (size_t i = 0; i < parties.size(); ++i)
        for (size_t j = i + 1; j < parties.size(); ++j) {
          EdgeProps pair = e;
          from = PartyNode(parties[i]);
          to = PartyNode(parties[j]);
          pair.from_country = nodes_[from].country;
          pair.to_country = nodes_[to].country;
          pair.key = Join({"agreement", from, to, event.name});
          AddEdge(from, to, std::move(pair), event);
        }
      if (parties.size() < 2) ++skipped_;
      return;
    }
    case EventType::kMeeting: {
      e.relation = Relation::kMeeting;
      from = PersonNode(event.a, event, &e.from_country);
      to = PersonNode(event.b, event, &e.to_country);
      e.date = event.date;
      e.place = event.place;
      auto [x, y] = Sorted(from, to);
      e.key = Join({"meeting", x, y, event.date});
      break;
    }
    case EventType::kRelationsEstablished: {
      e.relation = Relation::kRelationsEstablished;
      from = CountryNode(event.a.country);
      to = CountryNode(event.b.country);
      e.from_country = event.a.country;
      e.to_country = event.b.country;
      e.date = event.date;
      auto [x, y] = Sorted(from, to);
      e.key = Join({"relations_established", x, y});
      break;
    }
    case EventType::kAid: {
      e.relation = Relation::kAid;
      from = CountryNode(event.a.country);
      to = CountryNode(event.b.country);
      e.from_country = event.a.country;
      e.to_country = event.b.country;
      e.name = event.name;
      e.period = event.period;
      e.key = Join({"aid", from, to, event.name, event.period});
      break;
    }
  }
  AddEdge(from, to, std::move(e), event);
}

void GraphBuilder::AddHoldsOffice(KnowledgeGraph* graph) const {
  if (!gazetteer_) return;
  for (const auto& [id, node] : nodes_) {
    if (node.kind != NodeKind::kPerson || !node.linked) continue;
    const gazetteer::Person* person = gazetteer_->FindPerson(id);
    if (!person) continue;
    for (const gazetteer::Role& role : person->roles) {
      EdgeProps e;
      e.relation = Relation::kHoldsOffice;
      e.name = role.office;
      e.date = role.start.ToIso();
      e.end = role.end.ToIso();
      e.from_country = role.country;
      e.to_country = role.country;
      e.key = Join({"holds_office", id, role.country, role.office, e.date});
      e.evidence.push_back({"gazetteer:" + ShortSource(role.pos.file), static_cast<size_t>(role.pos.line), role.title,
                            "gazetteer", "gazetteer.role"});
      NodeProps country{role.country, NodeKind::kCountry, role.country, role.country, false};
      if (const gazetteer::Country* c = gazetteer_->FindCountry(role.country)) {
        country.label = c->names.Display();
        country.linked = true;
      }
      Vertex to = graph->AddNode(std::move(country));
      graph->AddEdge(*graph->FindNode(id), to, std::move(e));
    }
  }
}

KnowledgeGraph GraphBuilder::Finish() && {
  std::map<std::string, PendingEdge> edges;
  for (auto& [key, parts] : edges_) {
    edges.emplace(key, MergeParts(std::move(parts)));
    parts = {};
  }
  edges_.clear();
  std::map<std::string, std::vector<EdgeProps*>> trade_groups;
  for (auto& [key, pending] : edges) {
    EdgeProps& e = pending.props;
    if (e.relation == Relation::kTrade) {
      auto [x, y] = e.flow == "bilateral" ? Sorted(pending.from, pending.to) : std::pair{pending.from, pending.to};
      trade_groups[Join({x, y, e.flow, e.period})].push_back(&e);
    }
  }
  MarkConflicts(trade_groups);

  KnowledgeGraph graph;
  for (const auto& [id, node] : nodes_) graph.AddNode(node);
  for (auto& [key, pending] : edges)
    graph.AddEdge(*graph.FindNode(pending.from), *graph.FindNode(pending.to), std::move(pending.props));
  if (options_.holds_office) AddHoldsOffice(&graph);
  return graph;
}

KnowledgeGraph BuildGraph(const std::vector<extract::Event>& events, const gazetteer::Gazetteer* gazetteer,
                          BuildOptions options) {
  GraphBuilder builder(gazetteer, options);
  for (const extract::Event& event : events) builder.Add(event);
  return std::move(builder).Finish();
}

}  // namespace bilat::graph
