#include "gazetteer/internal/raw_cache.h"

#include <cstdlib>
#include <cstring>

namespace bilat::gazetteer::internal {
namespace {

constexpr char kMagic[8] = {'B', 'L', 'T', 'G', 'Z', '0', '0', '2'};

class Writer {
 public:
  void U32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void Str(const std::string& s) {
    U32(static_cast<uint32_t>(s.size()));
    out_ += s;
  }
  void Strs(const std::vector<std::string>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) Str(s);
  }
  void DateV(const Date& d) { I32(d.year), I32(d.month), I32(d.day); }
  void Pos(const SourcePos& p) { Str(p.file), I32(p.line), I32(p.column); }
  void NamesV(const Names& n) { Strs(n.zh_hans), Strs(n.zh_hant), Strs(n.en), Strs(n.vi); }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  uint32_t U32() {
    uint32_t v = 0;
    if (in_.size() - pos_ < sizeof v) return Fail();
    std::memcpy(&v, in_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  int32_t I32() { return static_cast<int32_t>(U32()); }
  std::string Str() {
    uint32_t n = U32();
    if (!ok_ || in_.size() - pos_ < n) return Fail(), std::string();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::vector<std::string> Strs() {
    std::vector<std::string> v(Count());
    for (auto& s : v) s = Str();
    return v;
  }
  // A list length, bounded by the bytes left so that corrupt input cannot allocate much.
  uint32_t Count() {
    uint32_t n = U32();
    return n <= in_.size() - pos_ ? n : Fail();
  }
  Date DateV() {
    Date d;
    d.year = I32(), d.month = I32(), d.day = I32();
    return d;
  }
  SourcePos Pos() {
    SourcePos p;
    p.file = Str(), p.line = I32(), p.column = I32();
    return p;
  }
  Names NamesV() {
    Names n;
    n.zh_hans = Strs(), n.zh_hant = Strs(), n.en = Strs(), n.vi = Strs();
    return n;
  }
  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  uint32_t Fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

uint64_t HashSources(const std::vector<SourceFile>& files) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view bytes) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;  // separator
  };
  mix(std::string_view(kMagic, sizeof kMagic));
  for (const auto& f : files) {
    mix(f.name);
    mix(f.text);
  }
  return h;
}

std::string SerializeRaw(const RawGazetteer& raw) {
  Writer w;
  w.out().append(kMagic, sizeof kMagic);
  w.U32(static_cast<uint32_t>(raw.countries.size()));
  for (const Country& c : raw.countries) {
    w.Str(c.id), w.NamesV(c.names), w.Strs(c.short_forms), w.Strs(c.capitals), w.DateV(c.start), w.DateV(c.end);
    w.Pos(c.pos);
  }
  w.U32(static_cast<uint32_t>(raw.people.size()));
  for (const Person& p : raw.people) {
    w.Str(p.id), w.NamesV(p.names), w.Str(p.country), w.Pos(p.pos);
    w.U32(static_cast<uint32_t>(p.roles.size()));
    for (const Role& r : p.roles)
      w.Str(r.office), w.Str(r.country), w.Str(r.org), w.Str(r.title), w.DateV(r.start), w.DateV(r.end), w.Pos(r.pos);
  }
  w.U32(static_cast<uint32_t>(raw.organizations.size()));
  for (const Organization& o : raw.organizations) w.Str(o.id), w.Str(o.kind), w.Str(o.country), w.NamesV(o.names), w.Pos(o.pos);
  w.U32(static_cast<uint32_t>(raw.offices.size()));
  for (const Office& o : raw.offices) w.Str(o.id), w.NamesV(o.names), w.Pos(o.pos);
  w.U32(static_cast<uint32_t>(raw.titles.size()));
  for (const Title& t : raw.titles) w.Str(t.text), w.Strs(t.offices), w.Str(t.country), w.Pos(t.pos);
  w.U32(static_cast<uint32_t>(raw.triggers.size()));
  for (const auto& [name, words] : raw.triggers) w.Str(name), w.Strs(words);
  return std::move(w.out());
}

bool DeserializeRaw(std::string_view bytes, RawGazetteer* raw) {
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return false;
  Reader r(bytes.substr(sizeof kMagic));
  RawGazetteer out;
  out.countries.resize(r.Count());
  for (Country& c : out.countries) {
    c.id = r.Str(), c.names = r.NamesV(), c.short_forms = r.Strs(), c.capitals = r.Strs();
    c.start = r.DateV(), c.end = r.DateV(), c.pos = r.Pos();
  }
  out.people.resize(r.Count());
  for (Person& p : out.people) {
    p.id = r.Str(), p.names = r.NamesV(), p.country = r.Str(), p.pos = r.Pos();
    p.roles.resize(r.Count());
    for (Role& role : p.roles) {
      role.office = r.Str(), role.country = r.Str(), role.org = r.Str(), role.title = r.Str();
      role.start = r.DateV(), role.end = r.DateV(), role.pos = r.Pos();
    }
  }
  out.organizations.resize(r.Count());
  for (Organization& o : out.organizations) o.id = r.Str(), o.kind = r.Str(), o.country = r.Str(), o.names = r.NamesV(), o.pos = r.Pos();
  out.offices.resize(r.Count());
  for (Office& o : out.offices) o.id = r.Str(), o.names = r.NamesV(), o.pos = r.Pos();
  out.titles.resize(r.Count());
  for (Title& t : out.titles) t.text = r.Str(), t.offices = r.Strs(), t.country = r.Str(), t.pos = r.Pos();
  for (uint32_t n = r.Count(), i = 0; r.ok() && i < n; ++i) {
    std::string name = r.Str();
    out.triggers[name] = r.Strs();
  }
  if (!r.ok() || !r.AtEnd()) return false;
  *raw = std::move(out);
  return true;
}

std::optional<std::filesystem::path> CacheDir() {
  if (std::getenv("BILAT_NO_CACHE")) return std::nullopt;
  if (const char* dir = std::getenv("BILAT_CACHE_DIR"); dir && *dir) return std::filesystem::path(dir);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "bilat";
  if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".cache" / "bilat";
  return std::nullopt;
}

}  // namespace bilat::gazetteer::internal
