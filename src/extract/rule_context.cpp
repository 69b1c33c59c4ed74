#include "extract/rule_context.h"

#include <algorithm>

namespace bilat::extract {

const char* RuleContext::Section() const {
  return s.sentence && s.sentence->section == text::Section::kMore ? "more" : "body";
}

const link::Mention* RuleContext::PersonBefore(size_t pos, size_t from) const {
  const link::Mention* best = nullptr;
  for (const auto& m : s.mentions)
    if (m.is_person() && !m.attributive && m.end <= pos && m.begin >= from) best = &m;
  return best;
}

MentionRefs RuleContext::PeopleIn(size_t from, size_t to) const {
  MentionRefs people;
  for (const auto& m : s.mentions)
    if (m.is_person() && !m.attributive && m.begin >= from && m.begin < to) people.push_back(&m);
  return people;
}

const link::Mention* RuleContext::CountryAt(size_t pos) const {
  const std::string& n = norm();
  for (std::string_view skip : {"了", " "})
    if (n.compare(pos, skip.size(), skip) == 0) pos += skip.size();
  for (const auto& m : s.mentions)
    if (m.begin == pos && (m.is_country_like() || m.kind == link::Mention::Kind::kPlace)) return &m;
  return nullptr;
}

std::span<const std::string_view> RuleContext::CountriesOf(const link::Mention& m) const {
  if (m.kind == link::Mention::Kind::kPair) return m.pair;
  if (m.kind == link::Mention::Kind::kPronoun) return item.pair;
  if (m.country.empty()) return {};
  return {&m.country, 1};
}

CountryCodes RuleContext::CountriesIn(size_t from, size_t to) const {
  CountryCodes out;
  for (const auto& m : s.mentions) {
    if (m.begin < from || m.begin >= to) continue;
    if (!(m.is_country_like() || m.kind == link::Mention::Kind::kOrganization)) continue;
    for (const auto& c : CountriesOf(m))
      if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

DateRefs RuleContext::DatesIn(size_t from, size_t to) const {
  DateRefs out;
  for (const auto& d : s.dates())
    if (d.begin >= from && d.begin < to && !d.start.empty()) out.push_back(&d);
  return out;
}

const text::DateSpan* RuleContext::DateNear(size_t pos) const {
  const text::DateSpan* before = nullptr;
  for (const auto& d : s.dates())
    if (d.end <= pos && !d.start.empty()) before = &d;
  if (before) return before;
  size_t clause_end = ClauseEnd(pos);
  for (const auto& d : s.dates())
    if (d.begin >= pos && d.begin < clause_end && !d.start.empty()) return &d;
  return nullptr;
}

bool RuleContext::PlannedBetween(size_t from, size_t to) const {
  size_t len = 0;
  for (size_t pos = t.planned_markers.Find(s.words, from, to, &len); pos != std::string::npos;
       pos = t.planned_markers.Find(s.words, pos + len, to, &len)) {
    bool inside = std::any_of(s.mentions.begin(), s.mentions.end(),
                              [pos](const link::Mention& m) { return pos >= m.begin && pos < m.end; });
    if (!inside) return true;
  }
  return false;
}

Event& RuleContext::AddEvent(EventType type, std::string_view rule, std::vector<Event>* out) const {
  static const struct { EventType type; const char* cameo; const char* plover; } kCodes[] = {
      {EventType::kVisit, "042", "CONSULT"},   {EventType::kMeeting, "040", "CONSULT"},
      {EventType::kAgreement, "057", "SUPPORT"}, {EventType::kTrade, "061", "COOPERATE"},
      {EventType::kRelationsEstablished, "054", "COOPERATE"}, {EventType::kAid, "070", "AID"}};
  Event& e = out->emplace_back();
  e.type = type;
  e.doc = doc;
  e.section = Section();
  for (const auto& code : kCodes)
    if (code.type == type) {
      e.cameo = code.cameo;
      e.plover = code.plover;
    }
  Evidence& evidence = e.evidence.emplace_back();
  evidence.text = s.original;
  evidence.offset = s.sentence ? s.sentence->begin : 0;
  evidence.section = s.sentence ? text::SectionName(s.sentence->section) : "body";
  evidence.rule = rule;
  return e;
}

Participant ParticipantOf(const link::Mention& person, const gazetteer::Gazetteer& g) {
  Participant p;
  p.name = person.name;
  p.country = person.country;
  p.office = person.office;
  if (person.person >= 0) p.id = g.people()[person.person].id;
  return p;
}

}  // namespace bilat::extract
