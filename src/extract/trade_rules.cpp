// Trade figures: a trade term (双边贸易额, 进出口额, 出口额, 进口额 ...) with the
// US-dollar amounts after it, each with the period written before it in its
// clause ("2024年双边贸易额为6000万美元,2025年前三个月达2090万美元" is two
// figures). Countries from a pair (越中), "X 对 Y 出口", two countries, or the
// item's pair (两国, 双边). A sentence with only "到2018年达57.9万美元" continues
// the previous sentence's series. Investment and aid figures are not trade.
#include <algorithm>

#include "extract/rule_context.h"
#include "text/utf8.h"

namespace bilat::extract {
namespace {

using link::Mention;

// The two countries of the series, from the text before the term.
bool CountriesFor(const RuleContext& c, size_t clause, size_t term, TradeSeries* series) {
  const std::string& n = c.norm();
  if (series->flow != "bilateral") {
    // X 对/向 Y 出口; X 从 Y 进口
    for (const Mention& m : c.s.mentions) {
      if (m.begin < clause || m.end > term || m.kind != Mention::Kind::kCountry) continue;
      for (std::string_view prep : {"对", "向", "从", "自"}) {
        if (n.compare(m.end, prep.size(), prep) != 0) continue;
        const Mention* other = c.CountryAt(m.end + prep.size());
        if (!other || other->country.empty() || other->country == m.country) continue;
        series->a = m.country;
        series->b = other->country;
        return true;
      }
    }
  }
  CountryCodes countries = c.CountriesIn(clause, term);
  if (countries.size() < 2) countries = c.CountriesIn(0, term);
  if (countries.size() == 1 && c.item.pair.size() == 2) {
    for (const auto& p : c.item.pair)
      if (p != countries[0]) countries.push_back(p);
  }
  if (countries.size() < 2) countries.assign(c.item.pair.begin(), c.item.pair.end());
  if (countries.size() < 2) return false;
  series->a = countries[0];
  series->b = countries[1];
  return series->a != series->b;
}

bool IsUsd(const text::Amount& a) { return a.kind == text::Amount::Kind::kMoney && a.currency == "USD"; }

// The growth percentage written after the value (较2020年增长24.6%).
std::optional<double> GrowthAfter(const RuleContext& c, size_t from, size_t to) {
  size_t grow = text::FindUtf8(c.norm(), "增长", from);
  if (grow == std::string::npos || grow >= to) return std::nullopt;
  for (const auto& a : c.s.amounts())
    if (a.kind == text::Amount::Kind::kPercent && a.begin > grow && a.begin < to) return a.value;
  return std::nullopt;
}

void EmitFigures(const RuleContext& c, const TradeSeries& series, size_t from, std::string_view rule,
                 std::vector<Event>* out) {
  const std::string& n = c.norm();
  for (size_t i = 0; i < c.s.amounts().size(); ++i) {
    const text::Amount& amount = c.s.amounts()[i];
    if (amount.begin < from || !IsUsd(amount)) continue;
    size_t clause = c.ClauseStart(amount.begin);
    if (c.t.trade_excluders.Contains(c.s.words, clause, amount.begin)) break;
    auto dates = c.DatesIn(clause, amount.begin);
    const text::DateSpan* period = dates.empty() ? c.DateNear(amount.begin) : dates.back();
    Event& e = c.AddEvent(EventType::kTrade, rule, out);
    e.flow = series.flow;
    e.a.country = e.a.id = series.a;
    e.b.country = e.b.id = series.b;
    e.value_usd = amount.value;
    if (period) {
      e.period = period->ToIso();
      e.date_inferred = period->inferred;
    }
    size_t next_clause = c.ClauseEnd(amount.end);
    e.growth_pct = GrowthAfter(c, amount.end, next_clause < n.size() ? c.ClauseEnd(next_clause + 1) : n.size());
  }
}

}  // namespace

void FindTrade(const RuleContext& c, std::vector<Event>* out) {
  const std::string& n = c.norm();
  struct Term { const link::WordSet* words; const char* flow; };
  const Term kTerms[] = {{&c.t.trade_export, "export"}, {&c.t.trade_import, "import"},
                         {&c.t.trade_bilateral, "bilateral"}};
  // The first term of the sentence decides the series.
  size_t best = std::string::npos, best_len = 0;
  const char* flow = nullptr;
  for (const Term& term : kTerms) {
    size_t len = 0;
    size_t pos = term.words->Find(c.s.words, 0, n.size(), &len);
    if (pos == std::string::npos) continue;
    // The earliest term wins (进出口额 starts before the 出口额 inside it), then the longest.
    if (pos < best || (pos == best && len > best_len)) {
      best = pos;
      best_len = len;
      flow = term.flow;
    }
  }
  if (best != std::string::npos) {
    size_t clause = c.ClauseStart(best);
    if (c.t.trade_excluders.Contains(c.s.words, clause, best)) return;
    TradeSeries series{flow, "", ""};
    if (!CountriesFor(c, clause, best, &series)) return;
    EmitFigures(c, series, best + best_len, std::string("trade.") + flow, out);
    return;
  }
  // No term: "到2018年达57.9万美元" continues the previous sentence's series.
  const std::optional<TradeSeries>& last = c.item.last_trade;
  if (!last || c.s.amounts().empty() || c.s.dates().empty()) return;
  if (!c.t.trade_value_verbs.Contains(c.s.words, 0, n.size()) || c.t.trade_excluders.Contains(c.s.words, 0, n.size())) return;
  if (c.CountriesIn(0, n.size()).size() > 0) return;  // names other countries: not a continuation
  EmitFigures(c, *last, 0, "trade.continued", out);
}

}  // namespace bilat::extract
