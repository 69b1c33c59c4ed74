#include "extract/event_json.h"

#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

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

// A field's key, with the JSON text that introduces its value in a line
// (,"name":) made at compile time, so the line writer appends it at once.
class FieldKey {
 public:
  template <size_t N>
  consteval FieldKey(const char (&name)[N]) : size_(N - 1) {  // NOLINT: implicit from a literal
    static_assert(N - 1 + 4 <= sizeof token_, "field key too long");
    token_[0] = ',';
    token_[1] = '"';
    for (size_t i = 0; i < size_; ++i) token_[2 + i] = name[i];
    token_[2 + size_] = '"';
    token_[3 + size_] = ':';
  }
  std::string_view name() const { return {token_ + 2, size_}; }
  // ,"name": after another field; "name": first in its object.
  std::string_view token(bool first) const { return {token_ + first, size_ + 4 - first}; }

 private:
  char token_[24] = {};
  size_t size_;
};

// The keys of a participant's fields: "visitor", "visitor_id", ...
struct PersonKeys {
  FieldKey name, id, country, office;
};
constexpr PersonKeys kVisitorKeys{"visitor", "visitor_id", "visitor_country", "visitor_office"};
constexpr PersonKeys kAKeys{"a", "a_id", "a_country", "a_office"};
constexpr PersonKeys kBKeys{"b", "b_id", "b_country", "b_office"};

// The fields of an event in output order, handed to a writer: the one place
// that lays out the JSON form (EventToJson builds a json value from it, the
// JSON Lines writer writes text directly).
template <typename Out>
void VisitFields(const Event& e, Out& out) {
  auto person = [&out](const PersonKeys& keys, const Participant& p) {
    out.StrOrNull(keys.name, p.name);
    out.StrOrNull(keys.id, p.id);
    out.StrOrNull(keys.country, p.country);
    if (!p.office.empty()) out.Str(keys.office, p.office);
  };
  out.Str("type", EventTypeName(e.type));
  out.Str("doc", e.doc);
  switch (e.type) {
    case EventType::kVisit:
      person(kVisitorKeys, e.a);
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
      person(kAKeys, e.a);
      person(kBKeys, e.b);
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
  void Str(const FieldKey& k, std::string_view v) { j[std::string(k.name())] = std::string(v); }
  void StrOrNull(const FieldKey& k, const std::string& v) { j[std::string(k.name())] = OrNull(v); }
  void Strs(const FieldKey& k, const std::vector<std::string>& v) { j[std::string(k.name())] = v; }
  void Number(const FieldKey& k, std::optional<double> v) { j[std::string(k.name())] = v ? ojson(*v) : ojson(nullptr); }
  void Integer(const FieldKey& k, size_t v) { j[std::string(k.name())] = v; }
  void Bool(const FieldKey& k, bool v) { j[std::string(k.name())] = v; }
  void Evidences(const FieldKey& k, const std::vector<Evidence>& all) {
    ojson list = ojson::array();
    for (const Evidence& ev : all)
      list.push_back({{"text", ev.text}, {"offset", ev.offset}, {"section", ev.section}, {"rule", ev.rule}});
    j[std::string(k.name())] = std::move(list);
  }
};

// The high bit of each of the 8 bytes in `word` (read little-endian) that
// must be escaped: the classic bit tricks for "some byte is zero" and "some
// byte is below n". A borrow can mark a byte above one that matched, never
// one below, so the lowest bit set marks the first byte to escape.
uint64_t MustEscapeBits(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = kOnes * 0x80;
  auto below = [](uint64_t w, uint64_t n) { return (w - kOnes * n) & ~w & kHighs; };
  return below(word, 0x20) | below(word ^ (kOnes * '"'), 1) | below(word ^ (kOnes * '\\'), 1);
}

// The bytes a JSON string must escape: '"', '\\' and the control bytes.
constexpr std::array<bool, 256> kMustEscape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = table['\\'] = true;
  return table;
}();

// The position of the first byte of `s` from `from` on that must be escaped,
// or s.size(). Tests 8 bytes at a time, the last few one by one.
size_t FindMustEscape(std::string_view s, size_t from) {
  for (uint64_t word; from + 8 <= s.size(); from += 8) {
    std::memcpy(&word, s.data() + from, 8);
    if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
    if (uint64_t bits = MustEscapeBits(word)) return from + static_cast<size_t>(std::countr_zero(bits)) / 8;
  }
  while (from < s.size() && !kMustEscape[static_cast<unsigned char>(s[from])]) ++from;
  return from;
}

// Appends compact JSON text to a string, byte for byte what ojson::dump()
// gives. Keys are trusted identifiers and written as they are.
class LineWriter {
 public:
  explicit LineWriter(std::string* out) : out_(*out) { out_ += '{'; }
  void End() { out_.append("}\n", 2); }

  void Str(const FieldKey& k, std::string_view v) { Key(k), Quote(v); }
  void StrOrNull(const FieldKey& k, std::string_view v) {
    Key(k);
    if (v.empty()) out_ += "null";
    else Quote(v);
  }
  void Strs(const FieldKey& k, const std::vector<std::string>& v) {
    Key(k);
    out_ += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out_ += ',';
      Quote(v[i]);
    }
    out_ += ']';
  }
  void Number(const FieldKey& k, std::optional<double> v) {
    Key(k);
    out_ += v ? ojson(*v).dump() : "null";  // nlohmann's shortest round-trip form
  }
  void Integer(const FieldKey& k, size_t v) { Key(k), Unsigned(v); }
  void Bool(const FieldKey& k, bool v) { Key(k), out_ += v ? "true" : "false"; }
  void Evidences(const FieldKey& k, const std::vector<Evidence>& all) {
    Key(k);
    out_ += '[';
    for (size_t i = 0; i < all.size(); ++i) {
      if (i) out_ += ',';
      out_ += "{\"text\":";
      Quote(all[i].text);
      out_ += ",\"offset\":";
      Unsigned(all[i].offset);
      out_ += ",\"section\":";
      Quote(all[i].section);
      out_ += ",\"rule\":";
      Quote(all[i].rule);
      out_ += '}';
    }
    out_ += ']';
  }

 private:
  void Key(const FieldKey& k) {
    out_.append(k.token(first_));
    first_ = false;
  }
  // Copies the runs of bytes that need no escape at once. A long string
  // quoted again (the first evidence's text is written twice) is copied from
  // where it was written the first time.
  void Quote(std::string_view s) {
    if (s.data() == quoted_.data() && s.size() == quoted_.size()) {
      out_.append(out_, quoted_at_, quoted_length_);
      return;
    }
    size_t at = out_.size();
    out_ += '"';
    size_t run = 0;
    for (size_t i = FindMustEscape(s, 0); i < s.size(); i = FindMustEscape(s, run)) {
      out_.append(s, run, i - run);
      Escape(static_cast<unsigned char>(s[i]));
      run = i + 1;
    }
    out_.append(s, run);
    out_ += '"';
    if (s.size() >= kMinQuoteReused) {
      quoted_ = s;
      quoted_at_ = at;
      quoted_length_ = out_.size() - at;
    }
  }
  void Escape(unsigned char c) {
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default: {
        constexpr char kHex[] = "0123456789abcdef";
        char code[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
        out_.append(code, sizeof code);
      }
    }
  }
  void Unsigned(size_t v) {
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
    out_.append(digits, end);
  }

  static constexpr size_t kMinQuoteReused = 32;

  std::string& out_;
  bool first_ = true;
  std::string_view quoted_;  // the latest long string quoted, written at quoted_at_
  size_t quoted_at_ = 0, quoted_length_ = 0;
};

// A generous estimate of the length of an event's line, to grow the output
// once: its evidence texts (the first one is written twice) and room for the
// other fields.
size_t LineSizeHint(const Event& e) {
  size_t size = 512 + e.evidence.front().text.size();
  for (const Evidence& ev : e.evidence) size += ev.text.size() + 64;
  return size;
}

}  // namespace

ojson EventToJson(const Event& e) {
  JsonBuilder builder;
  VisitFields(e, builder);
  return std::move(builder.j);
}

void AppendEventLine(const Event& e, std::string* out) {
  LineWriter writer(out);
  VisitFields(e, writer);
  writer.End();
}

void AppendEventLines(const std::vector<Event>& events, std::string* out) {
  size_t hint = 0;
  for (const Event& e : events) hint += LineSizeHint(e);
  out->reserve(out->size() + hint);
  for (const Event& e : events) AppendEventLine(e, out);
}

std::string EventToJsonLine(const Event& e) {
  std::string line;
  AppendEventLine(e, &line);
  return line;
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
