// Meetings: X 会见/会晤/拜访/接见 Y (and a list: 分别会见了A、B以及C);
// X 与/同 Y … 举行会谈/通电话/共同主持. Place from 在 + a capital or
// country before the verb. A host meeting a foreign guest at home (X of VN
// 在河内会见 Y of US) also means the guest is visiting: a visit is added.
#include <algorithm>

#include "extract/rule_context.h"

namespace bilat::extract {
namespace {

using link::Mention;

std::string PlaceBefore(const RuleContext& c, size_t from, size_t verb) {
  const std::string& n = c.norm();
  for (const Mention& m : c.s.mentions) {
    if (m.begin < from || m.end > verb) continue;
    if (!(m.kind == Mention::Kind::kPlace || m.kind == Mention::Kind::kCountry)) continue;
    if (m.begin >= 3 && n.compare(m.begin - 3, 3, "在") == 0) return std::string(m.country);
  }
  return "";
}

void AddMeeting(const RuleContext& c, const gazetteer::Gazetteer& g, const Mention& a, const Mention& b,
                size_t verb, const std::string& place, std::vector<Event>* out) {
  if (&a == &b || a.name == b.name) return;
  Participant pa = ParticipantOf(a, g), pb = ParticipantOf(b, g);
  if (!pa.id.empty() && pa.id == pb.id) return;
  if (!pa.country.empty() && pa.country == pb.country) return;  // not bilateral
  std::string date;
  bool date_inferred = false;
  if (const text::DateSpan* d = c.DateNear(verb)) {
    date = d->start.ToIso();
    date_inferred = d->inferred;
  }
  // One side at home, the other from abroad: the latter is visiting.
  const Participant* guest = pa.country == place ? &pb : pb.country == place ? &pa : nullptr;
  if (!place.empty() && guest && !guest->country.empty() && guest->country != place &&
      guest->office != "ambassador") {
    Event& v = c.AddEvent(EventType::kVisit, "visit.met_at_host", out);
    v.a = *guest;
    v.place = place;
    v.status = c.PlannedBetween(a.end, verb) ? "planned" : "done";
    v.start = v.end = date;
    v.date_inferred = date_inferred;
  }
  Event& e = c.AddEvent(EventType::kMeeting, "meeting.verb", out);
  e.a = std::move(pa);
  e.b = std::move(pb);
  e.place = place;
  e.date = std::move(date);
  e.date_inferred = date_inferred;
}

}  // namespace

void FindMeetings(const RuleContext& c, const gazetteer::Gazetteer& g, std::vector<Event>* out) {
  const std::string& n = c.norm();
  size_t len = 0;
  for (size_t verb = c.t.meeting_verbs.Find(c.s.words, 0, n.size(), &len); verb != std::string::npos;
       verb = c.t.meeting_verbs.Find(c.s.words, verb + len, n.size(), &len)) {
    size_t clause = c.ClauseStart(verb);
    // The subject may stand in an earlier clause (X, 于12月2日在万象与 Y 共同主持).
    auto before = c.PeopleIn(0, verb);
    auto in_clause = c.PeopleIn(clause, verb);
    std::string place = PlaceBefore(c, clause, verb);
    // X 与/同 Y … 会谈: the last person before the verb, joined to an earlier one.
    bool joined = false;
    for (size_t i = before.size() >= 2 ? before.size() - 1 : 0; i-- > 0;) {
      if (c.t.meeting_joiners.Contains(c.s.words, before[i]->end, before.back()->begin)) {
        AddMeeting(c, g, *before[i], *before.back(), verb, place, out);
        joined = true;
        break;
      }
    }
    if (joined) continue;
    if (before.empty()) continue;
    const Mention* host = in_clause.empty() ? before.back() : in_clause.back();
    // X 会见(了) A、B以及C: every person after the verb in its clause. "会见来访的 A"
    // says that A is visiting the host's country.
    for (const Mention* guest : c.PeopleIn(verb + len, c.ClauseEnd(verb + len))) {
      bool visiting = c.t.guest_markers.Contains(c.s.words, verb + len, guest->begin);
      std::string where = place.empty() && visiting ? std::string(host->country) : place;
      AddMeeting(c, g, *host, *guest, verb, where, out);
    }
  }
}

}  // namespace bilat::extract
