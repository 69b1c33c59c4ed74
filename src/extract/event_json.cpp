#include "extract/event_json.h"

namespace bilat::extract {
namespace {

using ojson = nlohmann::ordered_json;

ojson OrNull(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : "";
}

void PutPerson(ojson& j, const std::string& base, const Participant& p) {
  j[base] = OrNull(p.name);
  j[base + "_id"] = OrNull(p.id);
  j[base + "_country"] = OrNull(p.country);
  if (!p.office.empty()) j[base + "_office"] = p.office;
}

void GetPerson(const nlohmann::json& j, const char* prefix, Participant* p) {
  std::string base = prefix;
  p->name = Str(j, prefix);
  p->id = Str(j, (base + "_id").c_str());
  p->country = Str(j, (base + "_country").c_str());
  p->office = Str(j, (base + "_office").c_str());
}

}  // namespace

ojson EventToJson(const Event& e) {
  ojson j;
  j["type"] = EventTypeName(e.type);
  j["doc"] = e.doc;
  switch (e.type) {
    case EventType::kVisit:
      PutPerson(j, "visitor", e.a);
      j["host"] = OrNull(e.place);
      j["start"] = OrNull(e.start);
      j["end"] = OrNull(e.end);
      j["status"] = e.status;
      break;
    case EventType::kTrade:
      j["a"] = e.a.country;
      j["b"] = e.b.country;
      j["flow"] = e.flow;
      j["period"] = OrNull(e.period);
      j["value_usd"] = e.value_usd ? ojson(*e.value_usd) : ojson(nullptr);
      if (e.growth_pct) j["growth_pct"] = *e.growth_pct;
      break;
    case EventType::kAgreement:
      j["parties"] = e.parties;
      j["name"] = e.name;
      j["date"] = OrNull(e.date);
      break;
    case EventType::kMeeting:
      PutPerson(j, "a", e.a);
      PutPerson(j, "b", e.b);
      j["date"] = OrNull(e.date);
      j["place"] = OrNull(e.place);
      break;
    case EventType::kRelationsEstablished:
      j["a"] = e.a.country;
      j["b"] = e.b.country;
      j["date"] = OrNull(e.date);
      break;
    case EventType::kAid:
      j["donor"] = e.a.country;
      j["recipient"] = e.b.country;
      j["what"] = OrNull(e.name);
      j["period"] = OrNull(e.period);
      break;
  }
  j["date_inferred"] = e.date_inferred;
  j["section"] = e.section;
  const Evidence& first = e.evidence.front();
  j["evidence"] = first.text;
  j["offset"] = first.offset;
  j["rule"] = first.rule;
  j["cameo"] = e.cameo;
  j["plover"] = e.plover;
  ojson all = ojson::array();
  for (const Evidence& ev : e.evidence)
    all.push_back({{"text", ev.text}, {"offset", ev.offset}, {"section", ev.section}, {"rule", ev.rule}});
  j["evidences"] = std::move(all);
  return j;
}

bool EventFromJson(const nlohmann::json& j, Event* e, std::string* error) {
  if (!j.is_object()) {
    *error = "not a JSON object";
    return false;
  }
  auto type = ParseEventType(Str(j, "type"));
  if (!type) {
    *error = "unknown event type '" + Str(j, "type") + "'";
    return false;
  }
  *e = Event{};
  e->type = *type;
  e->doc = Str(j, "doc");
  e->section = Str(j, "section");
  e->date_inferred = j.value("date_inferred", false);
  e->cameo = Str(j, "cameo");
  e->plover = Str(j, "plover");
  switch (e->type) {
    case EventType::kVisit:
      GetPerson(j, "visitor", &e->a);
      e->place = Str(j, "host");
      e->start = Str(j, "start");
      e->end = Str(j, "end");
      e->status = Str(j, "status");
      break;
    case EventType::kTrade:
      e->a.country = Str(j, "a");
      e->b.country = Str(j, "b");
      e->flow = Str(j, "flow");
      e->period = Str(j, "period");
      if (j.contains("value_usd") && j["value_usd"].is_number()) e->value_usd = j["value_usd"].get<double>();
      if (j.contains("growth_pct") && j["growth_pct"].is_number()) e->growth_pct = j["growth_pct"].get<double>();
      break;
    case EventType::kAgreement:
      if (j.contains("parties") && j["parties"].is_array())
        for (const auto& p : j["parties"])
          if (p.is_string()) e->parties.push_back(p.get<std::string>());
      e->name = Str(j, "name");
      e->date = Str(j, "date");
      break;
    case EventType::kMeeting:
      GetPerson(j, "a", &e->a);
      GetPerson(j, "b", &e->b);
      e->date = Str(j, "date");
      e->place = Str(j, "place");
      break;
    case EventType::kRelationsEstablished:
      e->a.country = Str(j, "a");
      e->b.country = Str(j, "b");
      e->date = Str(j, "date");
      break;
    case EventType::kAid:
      e->a.country = Str(j, "donor");
      e->b.country = Str(j, "recipient");
      e->name = Str(j, "what");
      e->period = Str(j, "period");
      break;
  }
  if (j.contains("evidences") && j["evidences"].is_array()) {
    for (const auto& ev : j["evidences"])
      e->evidence.push_back({Str(ev, "text"), ev.value("offset", size_t{0}), Str(ev, "section"), Str(ev, "rule")});
  }
  if (e->evidence.empty()) e->evidence.push_back({Str(j, "evidence"), j.value("offset", size_t{0}), e->section, Str(j, "rule")});
  return true;
}

void WriteEventLine(std::ostream& out, const Event& event) { out << EventToJson(event).dump() << '\n'; }

}  // namespace bilat::extract
