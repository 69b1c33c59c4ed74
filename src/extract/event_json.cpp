#include "extract/event_json.h"

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// (,"name":) made at compile time, so the line writer copies it at once.
class FieldKey {
 public:
  // Bytes readable from token(): the writer copies this many, whatever the
  // key's length, and keeps token().size() of them.
  static constexpr size_t kReadable = 24;

  template <size_t N>
  consteval FieldKey(const char (&name)[N]) : size_(N - 1) {  // NOLINT: implicit from a literal
    static_assert(N - 1 + 4 <= kReadable, "field key too long");
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
  char token_[kReadable + 1] = {};
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

// The bytes a JSON string must escape: '"', '\\' and the control bytes.
constexpr std::array<bool, 256> kMustEscape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = table['\\'] = true;
  return table;
}();

// Each finder below gives one bit per byte of a block, set where the byte
// must be escaped, the first byte's lowest.

#if defined(__SSE2__)
// 16 bytes in a vector: a control byte is one that the unsigned minimum
// with 0x1F keeps.
uint32_t MustEscapeBits(__m128i bytes) {
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1F)), bytes);
  const __m128i quote = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))));
}
uint32_t MustEscapeBits16(const char* p) {
  return MustEscapeBits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}
// The 8 bytes of `word`, the lowest first.
uint32_t MustEscapeBits8(uint64_t word) {
  return MustEscapeBits(_mm_set_epi64x(0, static_cast<long long>(word))) & 0xFF;
}
#else
// The 8 bytes of `word`, the lowest first. A byte is below n when its high
// bit is clear and its low seven bits plus 0x80 - n do not reach 0x80, a
// sum that never carries into the next byte; the multiplication gathers
// the high bits that mark the bytes into the low byte.
uint32_t MustEscapeBits8(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = kOnes * 0x80;
  auto below = [](uint64_t w, uint64_t n) { return ~((w & ~kHighs) + kOnes * (0x80 - n)) & ~w & kHighs; };
  const uint64_t marks = below(word, 0x20) | below(word ^ (kOnes * '"'), 1) | below(word ^ (kOnes * '\\'), 1);
  return static_cast<uint32_t>((marks >> 7) * 0x0102040810204080 >> 56);
}
#endif

// The 8 bytes at p.
uint32_t MustEscapeBits8At(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
  return MustEscapeBits8(word);
}

// FindMustEscape a block of kBlock bytes at a time, the last block the one
// that ends with s, overlapping bytes already passed (whose bits it drops).
// REQUIRES: s.size() >= kBlock.
template <size_t kBlock>
size_t FindMustEscapeInBlocks(std::string_view s, size_t from, uint32_t (*bits)(const char*)) {
  const size_t n = s.size();
  for (; from + kBlock <= n; from += kBlock)
    if (uint32_t found = bits(s.data() + from)) return from + static_cast<size_t>(std::countr_zero(found));
  if (from == n) return n;
  const uint32_t found = bits(s.data() + n - kBlock) >> (kBlock - (n - from));
  return found ? from + static_cast<size_t>(std::countr_zero(found)) : n;
}

// Whether some byte of s, shorter than 8 bytes, must be escaped: tested in
// pieces that may overlap, two words of four bytes or three single bytes.
bool SomeMustEscapeInShort(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    return MustEscapeBits8(head | uint64_t{tail} << 32) != 0;
  }
  auto must_escape = [](char c) { return kMustEscape[static_cast<unsigned char>(c)]; };
  return n > 0 && (must_escape(p[0]) || must_escape(p[n / 2]) || must_escape(p[n - 1]));
}

// The position of the first byte of `s` from `from` on that must be
// escaped, or s.size(): 16 bytes at a time (where the target has SSE2) or
// 8; strings shorter than 8 bytes at once when none is to escape, else one
// byte at a time.
size_t FindMustEscape(std::string_view s, size_t from) {
#if defined(__SSE2__)
  if (s.size() >= 16) return FindMustEscapeInBlocks<16>(s, from, MustEscapeBits16);
#endif
  if (s.size() >= 8) return FindMustEscapeInBlocks<8>(s, from, MustEscapeBits8At);
  if (from == 0 && !SomeMustEscapeInShort(s)) return s.size();
  while (from < s.size() && !kMustEscape[static_cast<unsigned char>(s[from])]) ++from;
  return from;
}

// The letter of the two-byte escape of a byte (\" \\ \b \f \n \r \t), or 0
// where the byte takes the \u00XX form or none.
constexpr std::array<char, 256> kEscapeLetter = [] {
  std::array<char, 256> letters{};
  letters['"'] = '"', letters['\\'] = '\\', letters['\b'] = 'b', letters['\f'] = 'f';
  letters['\n'] = 'n', letters['\r'] = 'r', letters['\t'] = 't';
  return letters;
}();

// Copies `bytes` to `to`. Strings shorter than 16 bytes, most of a line's,
// go as two fixed-size pieces that may overlap, or three single bytes,
// without a call to memcpy.
void CopyBytes(char* to, std::string_view bytes) {
  const char* from = bytes.data();
  const size_t n = bytes.size();
  if (n >= 16) {
    std::memcpy(to, from, n);
  } else if (n >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

// JSON text on its way to an output string, gathered in a buffer of its own
// that goes to the string in one append when full and at Flush(): each
// small piece of a line costs a copy, not a call to std::string::append.
class JsonText {
 public:
  explicit JsonText(std::string* out) : out_(*out) {}
  JsonText(const JsonText&) = delete;
  JsonText& operator=(const JsonText&) = delete;

  // Appends what the buffer holds to the output string.
  void Flush() {
    out_.append(buffer_, used_);
    used_ = 0;
  }
  // Where in the output string the next byte put goes, once flushed.
  size_t position() const { return out_.size() + used_; }

  void Put(char c) {
    *Room(1) = c;
    ++used_;
  }
  void Put(std::string_view bytes) {
    if (bytes.size() > kCapacity) {
      Flush();
      out_.append(bytes);
      return;
    }
    CopyBytes(Room(bytes.size()), bytes);
    used_ += bytes.size();
  }
  // Put(bytes), copying kReadable bytes at once: as many are readable at
  // bytes.data().
  template <size_t kReadable>
  void PutPadded(std::string_view bytes) {
    std::memcpy(Room(kReadable), bytes.data(), kReadable);
    used_ += bytes.size();
  }
  void Unsigned(size_t v) {
    constexpr size_t kMaxDigits = 20;
    char* at = Room(kMaxDigits);
    used_ += static_cast<size_t>(std::to_chars(at, at + kMaxDigits, v).ptr - at);
  }
  // A finite double as ojson::dump() writes it: nlohmann's shortest
  // round-trip form, by the function dump() calls, without a json value.
  void Double(double v) {
    constexpr size_t kMaxLength = 64;  // the buffer dump() gives it
    char* at = Room(kMaxLength);
    used_ += static_cast<size_t>(nlohmann::detail::to_chars(at, at + kMaxLength, v) - at);
  }
  // s as a JSON string: the runs of bytes that need no escape are copied
  // whole.
  void Quote(std::string_view s) {
    const size_t first = FindMustEscape(s, 0);
    if (first == s.size() && s.size() <= kCapacity - 2) return PutQuoted(s);
    Put('"');
    size_t run = 0;
    for (size_t i = first; i < s.size(); i = FindMustEscape(s, run)) {
      Put(s.substr(run, i - run));
      Escape(static_cast<unsigned char>(s[i]));
      run = i + 1;
    }
    Put(s.substr(run));
    Put('"');
  }
  // Puts again the `length` bytes put at position `from`, if they are still
  // in the buffer and fit in what is left of it; else returns false.
  bool Repeat(size_t from, size_t length) {
    if (from < out_.size() || kCapacity - used_ < length) return false;
    std::memcpy(buffer_ + used_, buffer_ + (from - out_.size()), length);
    used_ += length;
    return true;
  }

 private:
  static constexpr size_t kCapacity = 2048;

  // "s", when s has no byte to escape, with one look for room.
  void PutQuoted(std::string_view s) {
    char* at = Room(s.size() + 2);
    at[0] = '"';
    CopyBytes(at + 1, s);
    at[s.size() + 1] = '"';
    used_ += s.size() + 2;
  }
  // Room for n bytes (at most kCapacity) at the end of the buffer.
  char* Room(size_t n) {
    if (kCapacity - used_ < n) Flush();
    return buffer_ + used_;
  }
  void Escape(unsigned char c) {
    char* at = Room(6);
    at[0] = '\\';
    if (char letter = kEscapeLetter[c]) {
      at[1] = letter;
      used_ += 2;
      return;
    }
    constexpr char kHex[] = "0123456789abcdef";
    const char code[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
    std::memcpy(at + 1, code, sizeof code);
    used_ += 6;
  }

  std::string& out_;
  size_t used_ = 0;
  char buffer_[kCapacity];
};

// Writes one event's line as compact JSON text, byte for byte what
// ojson::dump() gives. Keys are trusted identifiers and written as they are.
class LineWriter {
 public:
  explicit LineWriter(JsonText* text) : text_(*text) { text_.Put('{'); }
  void End() { text_.Put("}\n"); }

  void Str(const FieldKey& k, std::string_view v) { Key(k), Quote(v); }
  void StrOrNull(const FieldKey& k, std::string_view v) {
    Key(k);
    if (v.empty()) text_.Put("null");
    else Quote(v);
  }
  void Strs(const FieldKey& k, const std::vector<std::string>& v) {
    Key(k);
    text_.Put('[');
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) text_.Put(',');
      Quote(v[i]);
    }
    text_.Put(']');
  }
  void Number(const FieldKey& k, std::optional<double> v) {
    Key(k);
    if (v && std::isfinite(*v)) text_.Double(*v);
    else text_.Put("null");
  }
  void Integer(const FieldKey& k, size_t v) { Key(k), text_.Unsigned(v); }
  void Bool(const FieldKey& k, bool v) { Key(k), text_.Put(v ? "true" : "false"); }
  void Evidences(const FieldKey& k, const std::vector<Evidence>& all) {
    Key(k);
    text_.Put('[');
    for (size_t i = 0; i < all.size(); ++i) {
      if (i) text_.Put(',');
      text_.Put("{\"text\":");
      Quote(all[i].text);
      text_.Put(",\"offset\":");
      text_.Unsigned(all[i].offset);
      text_.Put(",\"section\":");
      Quote(all[i].section);
      text_.Put(",\"rule\":");
      Quote(all[i].rule);
      text_.Put('}');
    }
    text_.Put(']');
  }

 private:
  void Key(const FieldKey& k) {
    text_.PutPadded<FieldKey::kReadable>(k.token(first_));
    first_ = false;
  }
  // A long string quoted again (the first evidence's text is written twice)
  // is copied from where it was written the first time, while that is still
  // in the buffer.
  void Quote(std::string_view s) {
    if (s.data() == quoted_.data() && s.size() == quoted_.size() && text_.Repeat(quoted_at_, quoted_length_))
      return;
    const size_t at = text_.position();
    text_.Quote(s);
    if (s.size() >= kMinQuoteReused) {
      quoted_ = s;
      quoted_at_ = at;
      quoted_length_ = text_.position() - at;
    }
  }

  static constexpr size_t kMinQuoteReused = 32;

  JsonText& text_;
  bool first_ = true;
  std::string_view quoted_;  // the latest long string quoted, put at quoted_at_
  size_t quoted_at_ = 0, quoted_length_ = 0;
};

void AppendLine(const Event& e, JsonText* text) {
  LineWriter writer(text);
  VisitFields(e, writer);
  writer.End();
}

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
  JsonText text(out);
  AppendLine(e, &text);
  text.Flush();
}

void AppendEventLines(const std::vector<Event>& events, std::string* out) {
  size_t hint = 0;
  for (const Event& e : events) hint += LineSizeHint(e);
  out->reserve(out->size() + hint);
  JsonText text(out);
  for (const Event& e : events) AppendLine(e, &text);
  text.Flush();
}

void AppendJsonString(std::string_view s, std::string* out) {
  JsonText text(out);
  text.Quote(s);
  text.Flush();
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
