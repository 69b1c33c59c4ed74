#include "extract/event_json.h"

#include <cstdio>

namespace bilat::extract {
namespace {

using ojson = nlohmann::ordered_json;

ojson OrNull(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : "";
}

void GetPerson(const nlohmann::json& j, const char* prefix, Participant* p) {
  std::string base = prefix;
  p->name = Str(j, prefix);
  p->id = Str(j, (base + "_id").c_str());
  p->country = Str(j, (base + "_country").c_str());
  p->office = Str(j, (base + "_office").c_str());
}

// The fields of an event in output order, handed to a writer: the one place
// that lays out the JSON form (EventToJson builds a json value from it, the
// JSON Lines writer writes text directly).
template <typename Out>
void VisitFields(const Event& e, Out& out) {
  auto person = [&out](const std::string& base, const Participant& p) {
    out.StrOrNull(base, p.name);
    out.StrOrNull(base + "_id", p.id);
    out.StrOrNull(base + "_country", p.country);
    if (!p.office.empty()) out.Str(base + "_office", p.office);
  };
  out.Str("type", EventTypeName(e.type));
  out.Str("doc", e.doc);
  switch (e.type) {
    case EventType::kVisit:
      person("visitor", e.a);
      out.StrOrNull("host", e.place);
      out.StrOrNull("start", e.start);
      out.StrOrNull("end", e.end);
      out.Str("status", e.status);
      break;
    case EventType::kTrade:
      out.Str("a", e.a.country);
      out.Str("b", e.b.country);
      out.Str("flow", e.flow);
      out.StrOrNull("period", e.period);
      out.Number("value_usd", e.value_usd);
      if (e.growth_pct) out.Number("growth_pct", e.growth_pct);
      break;
    case EventType::kAgreement:
      out.Strs("parties", e.parties);
      out.Str("name", e.name);
      out.StrOrNull("date", e.date);
      break;
    case EventType::kMeeting:
      person("a", e.a);
      person("b", e.b);
      out.StrOrNull("date", e.date);
      out.StrOrNull("place", e.place);
      break;
    case EventType::kRelationsEstablished:
      out.Str("a", e.a.country);
      out.Str("b", e.b.country);
      out.StrOrNull("date", e.date);
      break;
    case EventType::kAid:
      out.Str("donor", e.a.country);
      out.Str("recipient", e.b.country);
      out.StrOrNull("what", e.name);
      out.StrOrNull("period", e.period);
      break;
  }
  out.Bool("date_inferred", e.date_inferred);
  out.Str("section", e.section);
  const Evidence& first = e.evidence.front();
  out.Str("evidence", first.text);
  out.Integer("offset", first.offset);
  out.Str("rule", first.rule);
  out.Str("cameo", e.cameo);
  out.Str("plover", e.plover);
  out.Evidences("evidences", e.evidence);
}

// Builds an ordered_json value.
struct JsonBuilder {
  ojson j;
  void Str(const std::string& k, const std::string& v) { j[k] = v; }
  void StrOrNull(const std::string& k, const std::string& v) { j[k] = OrNull(v); }
  void Strs(const std::string& k, const std::vector<std::string>& v) { j[k] = v; }
  void Number(const std::string& k, std::optional<double> v) { j[k] = v ? ojson(*v) : ojson(nullptr); }
  void Integer(const std::string& k, size_t v) { j[k] = v; }
  void Bool(const std::string& k, bool v) { j[k] = v; }
  void Evidences(const std::string& k, const std::vector<Evidence>& all) {
    ojson list = ojson::array();
    for (const Evidence& ev : all)
      list.push_back({{"text", ev.text}, {"offset", ev.offset}, {"section", ev.section}, {"rule", ev.rule}});
    j[k] = std::move(list);
  }
};

// Writes compact JSON text, byte for byte what ojson::dump() gives.
struct LineWriter {
  std::string out = "{";
  void Key(const std::string& k) {
    if (out.size() > 1) out += ',';
    Quote(k);
    out += ':';
  }
  void Quote(std::string_view s) {
    out += '"';
    for (unsigned char c : s) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out += static_cast<char>(c);
          }
      }
    }
    out += '"';
  }
  void Str(const std::string& k, const std::string& v) { Key(k), Quote(v); }
  void StrOrNull(const std::string& k, const std::string& v) {
    Key(k);
    if (v.empty()) out += "null";
    else Quote(v);
  }
  void Strs(const std::string& k, const std::vector<std::string>& v) {
    Key(k);
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ',';
      Quote(v[i]);
    }
    out += ']';
  }
  void Number(const std::string& k, std::optional<double> v) {
    Key(k);
    out += v ? ojson(*v).dump() : "null";  // nlohmann's shortest round-trip form
  }
  void Integer(const std::string& k, size_t v) { Key(k), out += std::to_string(v); }
  void Bool(const std::string& k, bool v) { Key(k), out += v ? "true" : "false"; }
  void Evidences(const std::string& k, const std::vector<Evidence>& all) {
    Key(k);
    out += '[';
    for (size_t i = 0; i < all.size(); ++i) {
      if (i) out += ',';
      out += "{\"text\":";
      Quote(all[i].text);
      out += ",\"offset\":" + std::to_string(all[i].offset) + ",\"section\":";
      Quote(all[i].section);
      out += ",\"rule\":";
      Quote(all[i].rule);
      out += '}';
    }
    out += ']';
  }
};

}  // namespace

ojson EventToJson(const Event& e) {
  JsonBuilder builder;
  VisitFields(e, builder);
  return std::move(builder.j);
}

std::string EventToJsonLine(const Event& e) {
  LineWriter writer;
  VisitFields(e, writer);
  writer.out += "}\n";
  return std::move(writer.out);
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

void WriteEventLine(std::ostream& out, const Event& event) { out << EventToJsonLine(event); }

}  // namespace bilat::extract
