// Aid: "X 向 Y 提供/援助/捐赠/移交 …" in a sentence that speaks of aid (援助,
// 无偿, 捐赠 ...). Items after the verb, split on 、/和/及, each becomes one
// aid record ("大米 100吨", "120000 USD"); "分别于1995年和1997年 … A和B" pairs
// the dates with the items in order. A later clause "2016年提供的12万美元…"
// continues with the same donor and recipient.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "extract/rule_context.h"
#include "text/utf8.h"

namespace bilat::extract {
namespace {

using link::Mention;

struct Item {
  size_t begin, end;
  std::string what;
};

std::string FormatQuantity(double value) {
  char buf[32];
  if (value == std::floor(value)) std::snprintf(buf, sizeof buf, "%.0f", value);
  else std::snprintf(buf, sizeof buf, "%g", value);
  return buf;
}

// "100吨大米" → "大米 100吨"; "12万美元的现金援助" → "120000 USD"; else the text.
std::string Describe(const RuleContext& c, size_t begin, size_t end) {
  const std::string& n = c.norm();
  for (const auto& a : c.s.amounts()) {
    if (a.begin < begin || a.end > end) continue;
    if (a.kind == text::Amount::Kind::kMoney) return FormatQuantity(a.value) + " " + a.currency;
    if (a.kind == text::Amount::Kind::kQuantity) {
      size_t noun_end = a.end;
      while (noun_end < end && static_cast<unsigned char>(n[noun_end]) >= 0xE4 &&
             n.compare(noun_end, 3, "援") != 0 && n.compare(noun_end, 3, "的") != 0)
        noun_end += 3;
      std::string noun(c.s.OriginalOf(a.end, noun_end));
      return (noun.empty() ? "" : noun + " ") + FormatQuantity(a.value) + a.unit;
    }
  }
  return std::string(c.s.OriginalOf(begin, end));
}

std::vector<Item> SplitItems(const RuleContext& c, size_t from, size_t to) {
  const std::string& n = c.norm();
  std::vector<Item> items;
  size_t begin = from;
  auto flush = [&](size_t end) {
    if (end > begin) items.push_back({begin, end, Describe(c, begin, end)});
  };
  for (size_t pos = from; pos < to;) {
    size_t sep = 0;
    for (std::string_view s : {"、", "和", "及"})
      if (n.compare(pos, s.size(), s) == 0) sep = s.size();
    // 和 inside a quantity phrase only splits when an amount follows it.
    if (sep) {
      flush(pos);
      begin = pos + sep;
      pos += sep;
      continue;
    }
    pos += text::Utf8Length(n[pos]);
  }
  flush(to);
  return items;
}

// Trailing words that close the list: 援助, 等.
size_t TrimTail(const RuleContext& c, size_t from, size_t to) {
  const std::string& n = c.norm();
  for (bool trimmed = true; trimmed && to > from;) {
    trimmed = false;
    for (std::string_view tail : {"援助", "等", "的", "无偿援助"})
      if (to >= from + tail.size() && n.compare(to - tail.size(), tail.size(), tail) == 0) {
        to -= tail.size();
        trimmed = true;
      }
  }
  return to;
}

void Emit(const RuleContext& c, const std::string& donor, const std::string& recipient, size_t clause,
          size_t verb_end, size_t end, std::vector<Event>* out) {
  std::vector<Item> items = SplitItems(c, verb_end, TrimTail(c, verb_end, end));
  if (items.empty()) return;
  auto dates = c.DatesIn(clause, verb_end);
  if (dates.empty())
    if (const text::DateSpan* near = c.DateNear(clause)) dates.push_back(near);
  bool distributive = dates.size() > 1 && dates.size() == items.size() &&
                      c.t.aid_distributive.Contains(c.s.words, clause, verb_end);
  for (size_t i = 0; i < items.size(); ++i) {
    Event& e = c.AddEvent(EventType::kAid, "aid.provide", out);
    e.a.country = e.a.id = donor;
    e.b.country = e.b.id = recipient;
    e.name = std::move(items[i].what);
    const text::DateSpan* d = distributive ? dates[i] : (dates.empty() ? nullptr : dates.back());
    if (d) {
      e.period = d->ToIso();
      e.date_inferred = d->inferred;
    }
  }
}

}  // namespace

void FindAid(const RuleContext& c, std::vector<Event>* out) {
  const std::string& n = c.norm();
  if (!c.t.aid_markers.Contains(c.s.words, 0, n.size())) return;
  std::string donor, recipient;
  for (size_t to = text::FindUtf8(n, "向"); to != std::string::npos; to = text::FindUtf8(n, "向", to + 3)) {
    const Mention* r = c.CountryAt(to + 3);
    if (!r || r->kind == Mention::Kind::kPronoun) continue;
    size_t after = r->end;
    if (n.compare(after, 6, "方面") == 0) after += 6;
    size_t clause = c.ClauseStart(to);
    auto before = c.CountriesIn(clause, to);
    if (before.empty()) before = c.CountriesIn(0, to);
    std::string_view from = before.empty() ? std::string_view() : before.front();
    if (from.empty() || from == r->country) continue;
    // The aid verb within the rest of the clause.
    size_t end = c.ClauseEnd(after);
    size_t len = 0;
    size_t verb = c.t.aid_verbs.Find(c.s.words, after, end, &len);
    if (verb == std::string::npos) continue;
    donor = from;
    recipient = r->country;
    Emit(c, donor, recipient, clause, verb + len, end, out);
    // Later clauses "2016年提供的12万美元的现金援助" continue with the same parties.
    for (size_t next = end; next < n.size();) {
      size_t start = next + text::Utf8Length(n[next]);
      size_t stop = c.ClauseEnd(start);
      size_t v = c.t.aid_verbs.Find(c.s.words, start, stop, &len);
      if (v == std::string::npos || text::FindUtf8(n, "向", start) < stop) break;
      Emit(c, donor, recipient, start, v + len, stop, out);
      next = stop;
    }
    break;
  }
}

}  // namespace bilat::extract
