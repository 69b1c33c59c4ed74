#include "score/report.h"

#include <cstdio>

namespace bilat::score {
namespace {

using extract::Event;
using extract::EventType;
using ojson = nlohmann::ordered_json;

std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

std::string Person(const extract::Participant& p) {
  return OrDash(p.name) + (p.country.empty() ? "" : " (" + p.country + ")");
}

std::string Value(const std::optional<double>& value) {
  if (!value) return "-";
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.0f USD", *value);
  return buffer;
}

std::string Parties(const std::vector<std::string>& parties) {
  std::string out = "[";
  for (size_t i = 0; i < parties.size(); ++i) out += (i ? "," : "") + parties[i];
  return out + "]";
}

std::string Fixed(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

std::string Evidence(const Event& e) { return e.evidence.empty() ? "" : e.evidence.front().text; }

void WriteErrors(std::ostream& out, const char* label, const std::vector<Event>& events) {
  for (const Event& e : events)
    out << "    " << label << "  " << e.doc << "  " << KeyFields(e) << "  | " << Evidence(e) << "\n";
}

void WriteRow(std::ostream& out, const std::string& name, const std::string& extracted, const std::string& gold,
              const std::string& precision, const std::string& recall, const std::string& f1) {
  char line[160];
  std::snprintf(line, sizeof line, "%-22s %9s %6s %10s %7s %6s\n", name.c_str(), extracted.c_str(), gold.c_str(),
                precision.c_str(), recall.c_str(), f1.c_str());
  out << line;
}

void WriteRow(std::ostream& out, const TypeScore& s) {
  WriteRow(out, s.name, std::to_string(s.extracted), std::to_string(s.gold), Fixed(s.precision()),
           Fixed(s.recall()), Fixed(s.f1()));
}

ojson ErrorsJson(const std::vector<Event>& events) {
  ojson list = ojson::array();
  for (const Event& e : events) list.push_back({{"doc", e.doc}, {"key", KeyFields(e)}, {"evidence", Evidence(e)}});
  return list;
}

ojson TypeJson(const TypeScore& s, bool errors) {
  ojson j = {{"type", s.name},
             {"extracted", s.extracted},
             {"gold", s.gold},
             {"matched_extracted", s.matched_extracted},
             {"matched_gold", s.matched_gold},
             {"precision", s.precision()},
             {"recall", s.recall()},
             {"f1", s.f1()}};
  if (errors) {
    j["misses"] = ErrorsJson(s.misses);
    j["false_hits"] = ErrorsJson(s.false_hits);
  }
  return j;
}

}  // namespace

std::string KeyFields(const Event& e) {
  switch (e.type) {
    case EventType::kVisit:
      return Person(e.a) + " -> " + OrDash(e.place) + " " + OrDash(e.start);
    case EventType::kTrade:
      return OrDash(e.a.country) + "-" + OrDash(e.b.country) + " " + OrDash(e.flow) + " " + OrDash(e.period) + " " +
             Value(e.value_usd);
    case EventType::kAgreement:
      return Parties(e.parties) + " " + OrDash(e.name) + " " + OrDash(e.date);
    case EventType::kMeeting:
      return Person(e.a) + " / " + Person(e.b) + " " + OrDash(e.date);
    case EventType::kRelationsEstablished:
      return OrDash(e.a.country) + "-" + OrDash(e.b.country) + " " + OrDash(e.date);
    case EventType::kAid:
      return OrDash(e.a.country) + " -> " + OrDash(e.b.country) + " " + OrDash(e.period) + " " + OrDash(e.name);
  }
  return "";
}

void WriteScoreTable(std::ostream& out, const ScoreReport& report, bool errors) {
  WriteRow(out, "type", "extracted", "gold", "precision", "recall", "f1");
  std::vector<const TypeScore*> rows;
  for (const TypeScore& s : report.types) rows.push_back(&s);
  rows.push_back(&report.visit_country);
  for (const TypeScore* s : rows) WriteRow(out, *s);
  if (report.ignored_events)
    out << "(" << report.ignored_events << " extracted events of articles without gold left out)\n";
  if (!errors) return;
  for (const TypeScore* s : rows) {
    if (s->misses.empty() && s->false_hits.empty()) continue;
    out << "\n" << s->name << ": " << s->misses.size() << " misses, " << s->false_hits.size() << " false hits\n";
    WriteErrors(out, "miss     ", s->misses);
    WriteErrors(out, "false hit", s->false_hits);
  }
}

ojson ScoreToJson(const ScoreReport& report, bool errors) {
  ojson types = ojson::array();
  for (const TypeScore& s : report.types) types.push_back(TypeJson(s, errors));
  return {{"types", std::move(types)},
          {"visit_country_level", TypeJson(report.visit_country, errors)},
          {"ignored_events", report.ignored_events}};
}

}  // namespace bilat::score
