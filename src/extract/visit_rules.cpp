// Visits: X 对 Y 进行…访问; X 访问/赴/前往 Y; 访华-style verbs; X 在 Y 出席…
// (attending an event abroad). The visitor is the nearest person before the
// trigger (else the first after it, as in 在对中国进行访问期间, X 与…); the
// host is the country after the trigger. Planned when 将/即将/拟 stands
// between visitor and trigger. "分别于D1和D2" gives one visit per date.
#include <algorithm>
#include <span>

#include "extract/rule_context.h"
#include "text/utf8.h"

namespace bilat::extract {
namespace {

using link::Mention;

struct Trigger {
  size_t begin, end;       // the span that names the trip
  const Mention* host;     // the country visited
  const char* rule;
};

// The triggers of one sentence: a few, held without a heap allocation.
using TripTriggers = boost::container::small_vector<Trigger, 8>;

// 对 Y 进行 [qualifiers] 访问
void FindDuiJinxing(const RuleContext& c, TripTriggers* out) {
  const std::string& n = c.norm();
  for (size_t pos = text::FindUtf8(n, "对"); pos != std::string::npos; pos = text::FindUtf8(n, "对", pos + 3)) {
    const Mention* host = c.CountryAt(pos + 3);
    if (!host) continue;
    size_t jinxing = text::FindUtf8(n, "进行", host->end);
    if (jinxing == std::string::npos || jinxing > host->end + 9) continue;
    size_t noun_len = 0;
    size_t noun = c.t.visit_nouns.Find(c.s.words, jinxing + 6, std::min(n.size(), jinxing + 6 + 24), &noun_len);
    if (noun == std::string::npos) continue;
    out->push_back({pos, noun + noun_len, host, "visit.dui_jinxing_fangwen"});
  }
}

// 访问/赴/前往/访 Y and 在 Y … 出席/参加
void FindVerbCountry(const RuleContext& c, TripTriggers* out) {
  const std::string& n = c.norm();
  for (const Mention& m : c.s.mentions) {
    if (!(m.kind == Mention::Kind::kCountry || m.kind == Mention::Kind::kPlace)) continue;
    size_t at = m.begin;
    if (at >= 3 && n.compare(at - 3, 3, "了") == 0) at -= 3;
    if (size_t verb = c.t.visit_verbs.MatchEndingAt(n, at); verb > 0) {
      if (m.via_short_form && n.compare(m.end - 3, 3, "方") == 0) continue;  // 中方 is not a trip
      out->push_back({at - verb, m.end, &m, "visit.verb_country"});
      continue;
    }
    if (m.via_short_form || m.begin < 3 || n.compare(m.begin - 3, 3, "在") != 0) continue;
    // 在/正在 Y [city] 出席|参加 …: attending an event in Y, within a few characters.
    size_t pos = m.end;
    for (int chars = 0; chars < 10 && pos < n.size(); ++chars) {
      if (size_t len = c.t.attend_verbs.MatchAt(n, pos)) {
        out->push_back({m.begin - 3, pos + len, &m, "visit.attend_in"});
        break;
      }
      if (static_cast<unsigned char>(n[pos]) < 0xE4) break;  // punctuation or Latin ends the phrase
      pos += text::Utf8Length(n[pos]);
    }
  }
}

// The date of a visit reported once, nullptr if none: the one near the
// trigger, but a visitor named after the trigger carries the date in its own
// clause (在对中国进行访问…框架内, X 于2月3日…).
const text::DateSpan* SingleVisitDate(const RuleContext& c, const Trigger& t, const Mention& visitor, bool subject) {
  if (!subject) {
    DateRefs own = c.DatesIn(visitor.end, c.ClauseEnd(visitor.end));
    if (!own.empty()) return own.front();
  }
  return c.DateNear(t.begin);
}

void Emit(const RuleContext& c, const gazetteer::Gazetteer& g, const Trigger& t, std::vector<Event>* out) {
  size_t clause = c.ClauseStart(t.begin);
  const Mention* visitor = c.PersonBefore(t.begin, clause);
  if (!visitor) visitor = c.PersonBefore(t.begin);
  bool subject = visitor != nullptr;
  if (!visitor) {
    auto after = c.PeopleIn(t.end, c.norm().size());
    if (!after.empty()) visitor = after.front();
  }
  if (!visitor || visitor->office == "ambassador") return;
  const std::string_view host = t.host->country;
  if (host.empty()) return;
  std::string_view country = visitor->country;
  if (country.empty()) {
    for (const auto& p : c.item.pair)
      if (p != host) country = p;
  }
  if (country == host) return;  // a trip within one's own country
  Participant who = ParticipantOf(*visitor, g);
  who.country = country;

  size_t from = std::min(visitor->end, t.begin);
  DateRefs dates = c.DatesIn(from, t.begin);
  bool distributive = dates.size() > 1 && text::FindUtf8(c.norm(), "分别", from) < t.begin;
  // One visit per date when distributive, else one visit, dated or not.
  const text::DateSpan* one_date = distributive ? nullptr : SingleVisitDate(c, t, *visitor, subject);
  std::span<const text::DateSpan* const> visit_dates(&one_date, 1);
  if (distributive) visit_dates = {dates.data(), dates.size()};
  for (size_t i = 0; i < visit_dates.size(); ++i) {
    const text::DateSpan* d = visit_dates[i];
    Event& e = c.AddEvent(EventType::kVisit, t.rule, out);
    if (i + 1 == visit_dates.size()) e.a = std::move(who);  // the last visit takes the visitor
    else e.a = who;
    e.place = host;
    // Status is known only when the visitor is the trigger's subject; the
    // merge takes it from another mention, else "done".
    e.status = !subject ? "" : c.PlannedBetween(visitor->begin, t.begin) ? "planned" : "done";
    if (d) {
      e.start = d->start.ToIso();
      e.end = d->is_range() ? d->end_date.ToIso() : e.start;
      e.date_inferred = d->inferred;
    } else if (e.status == "planned" && !c.s.date_context.reference.empty()) {
      // An announced trip with no date: the year it is announced in, inferred.
      e.start = e.end = std::to_string(c.s.date_context.reference.year);
      e.date_inferred = true;
    }
  }
}

}  // namespace

void FindVisits(const RuleContext& c, const gazetteer::Gazetteer& g, std::vector<Event>* out) {
  TripTriggers triggers;
  FindDuiJinxing(c, &triggers);
  FindVerbCountry(c, &triggers);
  for (const Trigger& t : triggers) Emit(c, g, t, out);
}

}  // namespace bilat::extract
