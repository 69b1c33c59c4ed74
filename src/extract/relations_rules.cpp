// Diplomatic relations established: "X 与 Y 于 D 建立外交关系", "两国建交",
// "自1973年9月建交", and anniversaries: "建交65周年(1960年12月2日-2025年12月2日)"
// gives the range's start; "今年是两国建交50周年" counts back from the item's year.
#include <algorithm>
#include <charconv>

#include "extract/rule_context.h"

namespace bilat::extract {
namespace {

// N in "建交N周年" (Arabic or Chinese numerals), 0 if none.
int AnniversaryYears(const RuleContext& c, size_t after_trigger) {
  const std::string& n = c.norm();
  size_t mark = c.t.anniversary.Find(c.s.words, after_trigger, std::min(n.size(), after_trigger + 18));
  if (mark == std::string::npos) return 0;
  auto value = text::ParseNumber(n.substr(after_trigger, mark - after_trigger));
  return value && *value > 0 && *value < 500 ? static_cast<int>(*value) : 0;
}

}  // namespace

void FindRelationsEstablished(const RuleContext& c, std::vector<Event>* out) {
  const std::string& n = c.norm();
  size_t len = 0;
  for (size_t trigger = c.t.relations_established.Find(c.s.words, 0, n.size(), &len); trigger != std::string::npos;
       trigger = c.t.relations_established.Find(c.s.words, trigger + len, n.size(), &len)) {
    size_t clause = c.ClauseStart(trigger);
    CountryCodes countries = c.CountriesIn(clause, trigger);
    if (countries.size() < 2) countries = c.CountriesIn(0, trigger);
    if (countries.size() == 1 && c.item.pair.size() == 2)
      for (const auto& p : c.item.pair)
        if (p != countries[0]) countries.push_back(p);
    if (countries.size() < 2) countries.assign(c.item.pair.begin(), c.item.pair.end());
    if (countries.size() < 2 || countries[0] == countries[1]) continue;
    Event& e = c.AddEvent(EventType::kRelationsEstablished, "relations.established", out);
    e.a.country = e.a.id = countries[0];
    e.b.country = e.b.id = countries[1];
    auto dates = c.DatesIn(clause, trigger);
    if (!dates.empty() && !dates.back()->relative) {
      e.date = dates.back()->start.ToIso();
      e.date_inferred = dates.back()->inferred;
    } else if (int years = AnniversaryYears(c, trigger + len)) {
      // A range right after the anniversary starts on the day relations began.
      const text::DateSpan* range = nullptr;
      for (const auto& d : c.s.dates())
        if (d.begin > trigger && d.is_range() && d.begin < trigger + len + 60) {
          range = &d;
          break;
        }
      if (range) {
        e.date = range->start.ToIso();
        e.date_inferred = range->inferred;
      } else if (!c.s.date_context.reference.empty()) {
        e.date = std::to_string(c.s.date_context.reference.year - years);
        e.date_inferred = true;
      }
      e.evidence.front().rule = "relations.anniversary";
    }
  }
}

}  // namespace bilat::extract
