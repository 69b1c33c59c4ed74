// Merges raw entries, validates them (ids, codes, dates, terms, alias clashes)
// and compiles the alias matcher.
#include <algorithm>
#include <map>
#include <set>

#include "gazetteer/gazetteer.h"
#include "gazetteer/internal/raw_gazetteer.h"
#include "text/normalize.h"

namespace bilat::gazetteer {

class GazetteerBuilder {
 public:
  GazetteerBuilder(Gazetteer* out, std::vector<Problem>* problems) : g_(out), problems_(problems) {}

  bool Build(internal::RawGazetteer raw) {
    size_t before = problems_->size();
    MergeCountries(std::move(raw.countries));
    g_->people_ = std::move(raw.people);
    g_->organizations_ = std::move(raw.organizations);
    g_->offices_ = std::move(raw.offices);
    g_->titles_ = std::move(raw.titles);
    g_->triggers_ = std::move(raw.triggers);
    IndexIds();
    CheckReferences();
    CheckRoles();
    CompileAliases();
    return problems_->size() == before;
  }

 private:
  void Report(const SourcePos& pos, std::string message) {
    problems_->push_back({pos, std::move(message)});
  }

  static void AppendUnique(std::vector<std::string>* to, const std::vector<std::string>& from) {
    for (const auto& s : from)
      if (std::find(to->begin(), to->end(), s) == to->end()) to->push_back(s);
  }

  // The first entry of an id is the base (generated names); later entries of
  // the same id (the overlay) add names, forms, capitals and dates.
  void MergeCountries(std::vector<Country> raw) {
    std::map<std::string, size_t> index;
    for (Country& c : raw) {
      auto it = index.find(c.id);
      if (it == index.end()) {
        index.emplace(c.id, g_->countries_.size());
        g_->countries_.push_back(std::move(c));
        continue;
      }
      Country& base = g_->countries_[it->second];
      AppendUnique(&base.names.zh_hans, c.names.zh_hans);
      AppendUnique(&base.names.zh_hant, c.names.zh_hant);
      AppendUnique(&base.names.en, c.names.en);
      AppendUnique(&base.names.vi, c.names.vi);
      AppendUnique(&base.short_forms, c.short_forms);
      AppendUnique(&base.capitals, c.capitals);
      if (!c.start.empty()) base.start = c.start;
      if (!c.end.empty()) base.end = c.end;
    }
  }

  // Id shapes: CC for countries, cc.slug for people, CODE-1 for
  // organizations, snake_case for offices.
  static bool AllOf(std::string_view s, bool (*ok)(char)) {
    return !s.empty() && std::all_of(s.begin(), s.end(), ok);
  }
  static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
  static bool IsSlugChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }
  static bool IsCodeChar(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }
  static bool IsOfficeChar(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
  static bool CountryIdOk(std::string_view id) { return id.size() == 2 && AllOf(id, IsUpper); }
  static bool PersonIdOk(std::string_view id) {
    size_t dot = id.find('.');
    return dot >= 2 && dot <= 4 && AllOf(id.substr(0, dot), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           AllOf(id.substr(dot + 1), IsSlugChar);
  }
  static bool OrganizationIdOk(std::string_view id) { return AllOf(id, IsCodeChar); }
  static bool OfficeIdOk(std::string_view id) { return AllOf(id, IsOfficeChar); }

  template <typename T>
  void IndexKind(const std::vector<T>& items, IdIndex* index,
                 bool (*well_formed)(std::string_view), const char* what) {
    for (uint32_t i = 0; i < items.size(); ++i) {
      const T& item = items[i];
      if (item.id.empty()) continue;  // reported as a missing field
      if (!well_formed(item.id)) Report(item.pos, std::string("malformed ") + what + " id '" + item.id + "'");
      auto [it, added] = index->emplace(item.id, i);
      if (!added)
        Report(item.pos, "duplicate id '" + item.id + "' (first at " + items[it->second].pos.ToString() + ")");
    }
  }

  void IndexIds() {
    IndexKind(g_->countries_, &g_->country_index_, CountryIdOk, "country");
    IndexKind(g_->people_, &g_->person_index_, PersonIdOk, "person");
    IndexKind(g_->organizations_, &g_->org_index_, OrganizationIdOk, "organization");
    IndexKind(g_->offices_, &g_->office_index_, OfficeIdOk, "office");
    for (uint32_t i = 0; i < g_->countries_.size(); ++i) {
      const Country& c = g_->countries_[i];
      for (const auto& form : c.short_forms) {
        auto [it, added] = g_->short_form_index_.emplace(text::NormalizeKey(form), i);
        if (!added && it->second != i)
          Report(c.pos, "short form '" + form + "' claimed by " + g_->countries_[it->second].id + " and " + c.id);
      }
    }
  }

  void CheckCountry(const SourcePos& pos, const std::string& code) {
    if (!code.empty() && !g_->FindCountry(code)) Report(pos, "unknown country code '" + code + "'");
  }

  void CheckReferences() {
    static const std::set<std::string> kOrgKinds = {"party", "international", "ministry", "other"};
    for (const Country& c : g_->countries_)
      if (!c.start.empty() && !c.end.empty() && c.end.LastDay() < c.start.FirstDay())
        Report(c.pos, "country " + c.id + " ends (" + c.end.ToIso() + ") before it starts (" + c.start.ToIso() + ")");
    for (const Person& p : g_->people_) {
      CheckCountry(p.pos, p.country);
      if (p.names.Display().empty()) Report(p.pos, "person '" + p.id + "' has no name");
    }
    for (const Organization& o : g_->organizations_) {
      CheckCountry(o.pos, o.country);
      if (!o.kind.empty() && !kOrgKinds.count(o.kind))
        Report(o.pos, "unknown organization kind '" + o.kind + "' (want party, international, ministry or other)");
    }
    for (const Title& t : g_->titles_) {
      CheckCountry(t.pos, t.country);
      for (const auto& office : t.offices)
        if (!g_->FindOffice(office)) Report(t.pos, "unknown office '" + office + "'");
    }
  }

  void CheckRoles() {
    for (const Person& p : g_->people_) {
      for (size_t i = 0; i < p.roles.size(); ++i) {
        const Role& r = p.roles[i];
        CheckCountry(r.pos, r.country);
        if (!r.office.empty() && !g_->FindOffice(r.office)) Report(r.pos, "unknown office '" + r.office + "'");
        if (!r.org.empty() && !g_->FindOrganization(r.org)) Report(r.pos, "unknown organization '" + r.org + "'");
        if (!r.start.empty() && !r.end.empty() && r.end.LastDay() < r.start.FirstDay())
          Report(r.pos, "role ends (" + r.end.ToIso() + ") before it starts (" + r.start.ToIso() + ")");
        for (size_t j = 0; j < i; ++j) {
          const Role& o = p.roles[j];
          if (o.office == r.office && o.country == r.country && o.org == r.org && o.title == r.title &&
              TermsOverlap(o, r))
            Report(r.pos, "overlapping terms in office '" + r.office + "' of " + r.country + " (also at " +
                              o.pos.ToString() + ")");
        }
      }
    }
  }

  // A role's term as day numbers; an open start or end is unbounded.
  static std::pair<int, int> Term(const Role& r) {
    return {r.start.empty() ? 0 : r.start.FirstDay(), r.end.empty() ? 1 << 30 : r.end.LastDay()};
  }

  // Terms overlap when they share more than the boundary month, so a term may
  // end on the day (or in the month) the next one starts.
  static bool TermsOverlap(const Role& a, const Role& b) {
    auto [as, ae] = Term(a);
    auto [bs, be] = Term(b);
    return std::min(ae, be) - std::max(as, bs) > 31;
  }

  // Two people may share an alias only when no role of one overlaps a role of the other.
  static bool PeopleToldApart(const Person& a, const Person& b) {
    if (a.roles.empty() || b.roles.empty()) return false;
    for (const Role& ra : a.roles)
      for (const Role& rb : b.roles)
        if (TermsOverlap(ra, rb)) return false;
    return true;
  }

  // Short Latin words (vi "Anh", "Nga", "Ý") are common words too; only
  // upper-case abbreviations (UK, USA, EU) of that length are matched.
  static bool TooShortToMatch(const std::string& alias, const std::string& key) {
    size_t code_points = 0;
    bool cjk = false, upper_ascii = true;
    for (unsigned char c : key) {
      code_points += (c & 0xC0) != 0x80;
      cjk |= c >= 0xE2;
    }
    for (unsigned char c : alias) upper_ascii &= (c >= 'A' && c <= 'Z') || c == '.';
    return !cjk && code_points < 4 && !upper_ascii;
  }

  void AddAlias(const std::string& alias, AliasRef ref, const SourcePos& pos) {
    std::string key = text::NormalizeKey(alias);
    if (key.empty() || TooShortToMatch(alias, key)) return;
    uint32_t k = g_->matcher_.AddKey(key);
    if (k >= refs_by_key_.size()) refs_by_key_.resize(k + 1);
    auto& refs = refs_by_key_[k];
    for (const AliasRef& other : refs) {
      if (other.type == ref.type && other.index == ref.index) return;  // the same entity twice
      if (other.type != ref.type) continue;
      if (ref.type == AliasRef::Type::kPerson &&
          PeopleToldApart(g_->people_[other.index], g_->people_[ref.index]))
        continue;
      Report(pos, "alias '" + alias + "' claimed by " + RefName(other) + " and " + RefName(ref));
      return;
    }
    refs.push_back(ref);
  }

  std::string RefName(AliasRef ref) const {
    switch (ref.type) {
      case AliasRef::Type::kCountry:
      case AliasRef::Type::kCapital: return g_->countries_[ref.index].id;
      case AliasRef::Type::kPerson: return g_->people_[ref.index].id;
      case AliasRef::Type::kOrganization: return g_->organizations_[ref.index].id;
      case AliasRef::Type::kTitle: return "title '" + g_->titles_[ref.index].text + "'";
    }
    return "?";
  }

  void CompileAliases() {
    using T = AliasRef::Type;
    for (uint32_t i = 0; i < g_->countries_.size(); ++i) {
      const Country& c = g_->countries_[i];
      for (const auto& name : c.names.All()) AddAlias(name, {T::kCountry, i}, c.pos);
      for (const auto& capital : c.capitals) AddAlias(capital, {T::kCapital, i}, c.pos);
    }
    for (uint32_t i = 0; i < g_->people_.size(); ++i)
      for (const auto& name : g_->people_[i].names.All()) AddAlias(name, {T::kPerson, i}, g_->people_[i].pos);
    for (uint32_t i = 0; i < g_->organizations_.size(); ++i)
      for (const auto& name : g_->organizations_[i].names.All())
        AddAlias(name, {T::kOrganization, i}, g_->organizations_[i].pos);
    for (uint32_t i = 0; i < g_->titles_.size(); ++i) AddAlias(g_->titles_[i].text, {T::kTitle, i}, g_->titles_[i].pos);
    refs_by_key_.resize(g_->matcher_.key_count());
    g_->ref_begin_.assign(1, 0);
    for (const auto& refs : refs_by_key_) {
      g_->refs_.insert(g_->refs_.end(), refs.begin(), refs.end());
      g_->ref_begin_.push_back(static_cast<uint32_t>(g_->refs_.size()));
    }
    g_->matcher_.Compile();
  }

  Gazetteer* g_;
  std::vector<Problem>* problems_;
  std::vector<std::vector<AliasRef>> refs_by_key_;  // until flattened into g_->refs_
};

namespace internal {

bool BuildGazetteer(RawGazetteer raw, Gazetteer* out, std::vector<Problem>* problems) {
  return GazetteerBuilder(out, problems).Build(std::move(raw));
}

}  // namespace internal
}  // namespace bilat::gazetteer
