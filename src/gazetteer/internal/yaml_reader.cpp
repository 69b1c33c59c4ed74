// The only code that calls yaml-cpp for the gazetteer: turns each file into
// entity values, reporting syntax errors, unknown or duplicate keys, missing
// fields and malformed dates with their file:line:col.
#include <yaml-cpp/yaml.h>

#include <functional>
#include <set>

#include "gazetteer/internal/raw_gazetteer.h"

namespace bilat::gazetteer::internal {
namespace {

class Reader {
 public:
  Reader(const std::string& file, RawGazetteer* raw, std::vector<Problem>* problems)
      : file_(file), raw_(raw), problems_(problems) {}

  void ReadRoot(const YAML::Node& root);

 private:
  using FieldHandler = std::function<void(const YAML::Node&)>;
  struct Field {
    const char* key;
    bool required;
    FieldHandler handle;
  };

  SourcePos Pos(const YAML::Node& node) const {
    YAML::Mark m = node.Mark();
    return SourcePos{file_, m.line + 1, m.column + 1};
  }
  void Report(const YAML::Node& node, std::string message) {
    problems_->push_back({Pos(node), std::move(message)});
  }
  // Checks a mapping's keys against `fields`, then calls each handler.
  void ReadMap(const YAML::Node& node, const char* what, const std::vector<Field>& fields);
  template <typename F>
  void ForEachEntry(const YAML::Node& list, const char* what, F read_one);

  std::string Scalar(const YAML::Node& node, const char* what);
  std::vector<std::string> Strings(const YAML::Node& node, const char* what);
  Date ReadDate(const YAML::Node& node);
  Names ReadNames(const YAML::Node& node);
  Role ReadRole(const YAML::Node& node);

  void ReadCountry(const YAML::Node& node);
  void ReadPerson(const YAML::Node& node);
  void ReadOrganization(const YAML::Node& node);
  void ReadOffice(const YAML::Node& node);
  void ReadTitle(const YAML::Node& node);
  void ReadTriggers(const YAML::Node& node);

  std::string file_;
  RawGazetteer* raw_;
  std::vector<Problem>* problems_;
};

void Reader::ReadMap(const YAML::Node& node, const char* what, const std::vector<Field>& fields) {
  if (!node.IsMap()) {
    Report(node, std::string("expected a mapping for ") + what);
    return;
  }
  std::set<std::string> seen;
  for (const auto& kv : node) {
    std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "?";
    if (!seen.insert(key).second) Report(kv.first, "duplicate key '" + key + "'");
    bool known = false;
    for (const Field& f : fields) known |= key == f.key;
    if (!known) Report(kv.first, "unknown key '" + key + "' in " + what);
  }
  for (const Field& f : fields) {
    const YAML::Node value = node[f.key];
    if (!value || value.IsNull()) {
      if (f.required) Report(node, std::string("missing field '") + f.key + "' in " + what);
      continue;
    }
    f.handle(value);
  }
}

template <typename F>
void Reader::ForEachEntry(const YAML::Node& list, const char* what, F read_one) {
  if (!list.IsSequence()) {
    Report(list, std::string("expected a list of ") + what);
    return;
  }
  for (const auto& entry : list) read_one(entry);
}

std::string Reader::Scalar(const YAML::Node& node, const char* what) {
  if (!node.IsScalar()) {
    Report(node, std::string("expected a single value for ") + what);
    return "";
  }
  return node.Scalar();
}

std::vector<std::string> Reader::Strings(const YAML::Node& node, const char* what) {
  if (node.IsScalar()) return {node.Scalar()};
  std::vector<std::string> out;
  if (!node.IsSequence()) {
    Report(node, std::string("expected a list for ") + what);
    return out;
  }
  for (const auto& item : node) {
    std::string s = Scalar(item, what);
    if (s.empty()) Report(item, std::string("empty name in ") + what);
    else out.push_back(std::move(s));
  }
  return out;
}

Date Reader::ReadDate(const YAML::Node& node) {
  std::string text = Scalar(node, "a date");
  auto date = Date::ParseIso(text);
  if (!date) {
    Report(node, "malformed date '" + text + "' (want YYYY, YYYY-MM or YYYY-MM-DD)");
    return Date{};
  }
  return *date;
}

Names Reader::ReadNames(const YAML::Node& node) {
  Names names;
  ReadMap(node, "names",
          {{"zh-Hans", false, [&](const YAML::Node& n) { names.zh_hans = Strings(n, "zh-Hans"); }},
           {"zh-Hant", false, [&](const YAML::Node& n) { names.zh_hant = Strings(n, "zh-Hant"); }},
           {"en", false, [&](const YAML::Node& n) { names.en = Strings(n, "en"); }},
           {"vi", false, [&](const YAML::Node& n) { names.vi = Strings(n, "vi"); }}});
  return names;
}

Role Reader::ReadRole(const YAML::Node& node) {
  Role role;
  role.pos = Pos(node);
  ReadMap(node, "role",
          {{"office", true, [&](const YAML::Node& n) { role.office = Scalar(n, "office"); }},
           {"country", true, [&](const YAML::Node& n) { role.country = Scalar(n, "country"); }},
           {"org", false, [&](const YAML::Node& n) { role.org = Scalar(n, "org"); }},
           {"title", false, [&](const YAML::Node& n) { role.title = Scalar(n, "title"); }},
           {"start", false, [&](const YAML::Node& n) { role.start = ReadDate(n); }},
           {"end", false, [&](const YAML::Node& n) { role.end = ReadDate(n); }}});
  return role;
}

void Reader::ReadCountry(const YAML::Node& node) {
  Country c;
  c.pos = Pos(node);
  ReadMap(node, "country",
          {{"id", true, [&](const YAML::Node& n) { c.id = Scalar(n, "id"); }},
           {"names", false, [&](const YAML::Node& n) { c.names = ReadNames(n); }},
           {"short", false, [&](const YAML::Node& n) { c.short_forms = Strings(n, "short"); }},
           {"capitals", false, [&](const YAML::Node& n) { c.capitals = Strings(n, "capitals"); }},
           {"start", false, [&](const YAML::Node& n) { c.start = ReadDate(n); }},
           {"end", false, [&](const YAML::Node& n) { c.end = ReadDate(n); }}});
  raw_->countries.push_back(std::move(c));
}

void Reader::ReadPerson(const YAML::Node& node) {
  Person p;
  p.pos = Pos(node);
  ReadMap(node, "person",
          {{"id", true, [&](const YAML::Node& n) { p.id = Scalar(n, "id"); }},
           {"names", true, [&](const YAML::Node& n) { p.names = ReadNames(n); }},
           {"country", true, [&](const YAML::Node& n) { p.country = Scalar(n, "country"); }},
           {"roles", false, [&](const YAML::Node& n) {
              ForEachEntry(n, "roles", [&](const YAML::Node& r) { p.roles.push_back(ReadRole(r)); });
            }}});
  raw_->people.push_back(std::move(p));
}

void Reader::ReadOrganization(const YAML::Node& node) {
  Organization o;
  o.pos = Pos(node);
  ReadMap(node, "organization",
          {{"id", true, [&](const YAML::Node& n) { o.id = Scalar(n, "id"); }},
           {"kind", true, [&](const YAML::Node& n) { o.kind = Scalar(n, "kind"); }},
           {"country", false, [&](const YAML::Node& n) { o.country = Scalar(n, "country"); }},
           {"names", true, [&](const YAML::Node& n) { o.names = ReadNames(n); }}});
  raw_->organizations.push_back(std::move(o));
}

void Reader::ReadOffice(const YAML::Node& node) {
  Office o;
  o.pos = Pos(node);
  ReadMap(node, "office",
          {{"id", true, [&](const YAML::Node& n) { o.id = Scalar(n, "id"); }},
           {"names", false, [&](const YAML::Node& n) { o.names = ReadNames(n); }}});
  raw_->offices.push_back(std::move(o));
}

void Reader::ReadTitle(const YAML::Node& node) {
  Title t;
  t.pos = Pos(node);
  ReadMap(node, "title",
          {{"title", true, [&](const YAML::Node& n) { t.text = Scalar(n, "title"); }},
           {"offices", true, [&](const YAML::Node& n) { t.offices = Strings(n, "offices"); }},
           {"country", false, [&](const YAML::Node& n) { t.country = Scalar(n, "country"); }}});
  raw_->titles.push_back(std::move(t));
}

void Reader::ReadTriggers(const YAML::Node& node) {
  if (!node.IsMap()) {
    Report(node, "expected a mapping of trigger sets");
    return;
  }
  for (const auto& kv : node) {
    std::string name = kv.first.Scalar();
    auto& words = raw_->triggers[name];
    for (auto& w : Strings(kv.second, "triggers")) words.push_back(std::move(w));
  }
}

void Reader::ReadRoot(const YAML::Node& root) {
  if (!root || root.IsNull()) return;  // an empty file is fine
  auto list = [&](const char* what, void (Reader::*read)(const YAML::Node&)) {
    return [this, what, read](const YAML::Node& n) {
      ForEachEntry(n, what, [&](const YAML::Node& e) { (this->*read)(e); });
    };
  };
  ReadMap(root, "the file",
          {{"countries", false, list("countries", &Reader::ReadCountry)},
           {"people", false, list("people", &Reader::ReadPerson)},
           {"organizations", false, list("organizations", &Reader::ReadOrganization)},
           {"offices", false, list("offices", &Reader::ReadOffice)},
           {"titles", false, list("titles", &Reader::ReadTitle)},
           {"triggers", false, [this](const YAML::Node& n) { ReadTriggers(n); }}});
}

}  // namespace

void ReadYamlFile(const SourceFile& file, RawGazetteer* raw, std::vector<Problem>* problems) {
  try {
    YAML::Node root = YAML::Load(file.text);
    Reader(file.name, raw, problems).ReadRoot(root);
  } catch (const YAML::Exception& e) {
    problems->push_back({SourcePos{file.name, e.mark.line + 1, e.mark.column + 1},
                         "YAML syntax error: " + e.msg});
  }
}

}  // namespace bilat::gazetteer::internal
