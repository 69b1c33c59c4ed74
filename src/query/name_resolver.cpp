#include "query/name_resolver.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "text/normalize.h"

namespace bilat::query {
namespace {

using gazetteer::AliasRef;

std::u32string ToCodePoints(std::string_view utf8) {
  std::u32string out;
  int32_t i = 0, length = static_cast<int32_t>(utf8.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, length, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n"), end = text.find_last_not_of(" \t\r\n");
  return begin == std::string_view::npos ? "" : std::string(text.substr(begin, end - begin + 1));
}

// Lower ranks win among the entities one alias names.
int KindRank(AliasRef::Type type) {
  switch (type) {
    case AliasRef::Type::kCountry: return 0;
    case AliasRef::Type::kCapital: return 1;
    case AliasRef::Type::kPerson: return 2;
    case AliasRef::Type::kOrganization: return 3;
    case AliasRef::Type::kTitle: return 4;
  }
  return 5;
}

}  // namespace

size_t EditDistance(std::u32string_view a, std::u32string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

NameResolver::NameResolver(const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer)
    : graph_(graph), gazetteer_(gazetteer) {
  auto add = [this](const std::string& alias, const std::string& id) {
    known_.push_back({ToCodePoints(text::NormalizeKey(alias)), alias, id, graph_.FindNode(id).has_value()});
  };
  for (graph::Vertex v : graph_.Nodes()) {
    add(graph_.node(v).id, graph_.node(v).id);
    add(graph_.node(v).label, graph_.node(v).id);
  }
  if (!gazetteer_) return;
  for (const auto& country : gazetteer_->countries()) {
    add(country.id, country.id);
    for (const std::string& alias : country.names.All()) add(alias, country.id);
  }
  for (const auto& person : gazetteer_->people())
    for (const std::string& alias : person.names.All()) add(alias, person.id);
  for (const auto& org : gazetteer_->organizations())
    for (const std::string& alias : org.names.All()) add(alias, org.id);
}

bool NameResolver::FromGraph(const std::string& id, ResolvedName* out) const {
  auto v = graph_.FindNode(id);
  if (!v) return false;
  const graph::NodeProps& node = graph_.node(*v);
  *out = {node.id, node.kind, node.label, true};
  return true;
}

void NameResolver::FromEntity(const std::string& id, graph::NodeKind kind, const std::string& label,
                              ResolvedName* out) const {
  if (FromGraph(id, out)) return;
  *out = {id, kind, label, false};
}

bool NameResolver::FromGazetteer(std::string_view name, ResolvedName* out) const {
  std::vector<AliasRef> refs = gazetteer_->Resolve(name);
  std::erase_if(refs, [](const AliasRef& r) { return r.type == AliasRef::Type::kTitle; });
  if (refs.empty()) return false;
  auto id_of = [this](const AliasRef& r) -> const std::string& {
    switch (r.type) {
      case AliasRef::Type::kPerson: return gazetteer_->people()[r.index].id;
      case AliasRef::Type::kOrganization: return gazetteer_->organizations()[r.index].id;
      default: return gazetteer_->countries()[r.index].id;
    }
  };
  // stable_sort keeps the gazetteer's order among equals.
  std::stable_sort(refs.begin(), refs.end(), [&](const AliasRef& x, const AliasRef& y) {
    bool gx = graph_.FindNode(id_of(x)).has_value(), gy = graph_.FindNode(id_of(y)).has_value();
    if (gx != gy) return gx;
    return KindRank(x.type) < KindRank(y.type);
  });
  const AliasRef& best = refs.front();
  switch (best.type) {
    case AliasRef::Type::kPerson: {
      const auto& p = gazetteer_->people()[best.index];
      FromEntity(p.id, graph::NodeKind::kPerson, p.names.Display(), out);
      break;
    }
    case AliasRef::Type::kOrganization: {
      const auto& o = gazetteer_->organizations()[best.index];
      FromEntity(o.id, graph::NodeKind::kOrganization, o.names.Display(), out);
      break;
    }
    default: {
      const auto& c = gazetteer_->countries()[best.index];
      FromEntity(c.id, graph::NodeKind::kCountry, c.names.Display(), out);
    }
  }
  return true;
}

Status NameResolver::Resolve(std::string_view raw, ResolvedName* out) const {
  std::string name = Trim(raw);
  if (name.empty()) return Status::Usage("empty name");
  if (FromGraph(name, out) || FromGraph(Upper(name), out)) return Status::Ok();
  if (gazetteer_) {
    if (const auto* country = gazetteer_->FindCountry(Upper(name))) {
      FromEntity(country->id, graph::NodeKind::kCountry, country->names.Display(), out);
      return Status::Ok();
    }
    if (FromGazetteer(name, out)) return Status::Ok();
  }
  std::string key = text::NormalizeKey(name);
  for (graph::Vertex v : graph_.Nodes()) {
    if (text::NormalizeKey(graph_.node(v).label) != key) continue;
    FromGraph(graph_.node(v).id, out);
    return Status::Ok();
  }

  std::string message = "unknown name '" + name + "'";
  std::vector<std::string> closest = Closest(name);
  for (size_t i = 0; i < closest.size(); ++i) message += (i ? ", " : "; closest known names: ") + closest[i];
  return Status::NotFound("", message);
}

std::vector<std::string> NameResolver::Closest(std::string_view name, size_t n) const {
  std::u32string key = ToCodePoints(text::NormalizeKey(Trim(name)));
  struct Scored {
    size_t distance;
    const Known* known;
  };
  std::vector<Scored> scored;
  for (const Known& k : known_) scored.push_back({EditDistance(key, k.key), &k});
  std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
    if (x.distance != y.distance) return x.distance < y.distance;
    if (x.known->in_graph != y.known->in_graph) return x.known->in_graph;
    return x.known->alias < y.known->alias;
  });
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Scored& s : scored) {
    if (out.size() >= n) break;
    if (!seen.insert(s.known->id).second) continue;
    out.push_back(s.known->alias == s.known->id ? s.known->id : s.known->alias + " (" + s.known->id + ")");
  }
  return out;
}

}  // namespace bilat::query
