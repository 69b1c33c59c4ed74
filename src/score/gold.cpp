// Reading gold files with yaml-cpp. Its exceptions (syntax errors, bad
// conversions) stop here and become Status values with file:line:col.
#include "score/gold.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace bilat::score {
namespace {

using extract::Event;
using extract::EventType;

// Thrown inside this file only, for a field of the wrong shape; caught in
// ParseGold next to yaml-cpp's own exceptions.
struct FieldError {
  YAML::Mark mark;
  std::string message;
};

std::string Where(const std::string& name, const YAML::Mark& mark) {
  return name + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

// The scalar under `key`, "" when absent or null.
std::string Str(const YAML::Node& map, const char* key) {
  const YAML::Node node = map[key];
  if (!node || node.IsNull()) return "";
  if (!node.IsScalar()) throw FieldError{node.Mark(), std::string("expected a single value for '") + key + "'"};
  return node.Scalar();
}

std::optional<double> Number(const YAML::Node& map, const char* key) {
  const YAML::Node node = map[key];
  if (!node || node.IsNull()) return std::nullopt;
  double value = 0;
  if (!node.IsScalar() || !YAML::convert<double>::decode(node, value))
    throw FieldError{node.Mark(), std::string("expected a number for '") + key + "'"};
  return value;
}

std::vector<std::string> Strings(const YAML::Node& map, const char* key) {
  const YAML::Node node = map[key];
  std::vector<std::string> out;
  if (!node || node.IsNull()) return out;
  if (!node.IsSequence()) throw FieldError{node.Mark(), std::string("expected a list for '") + key + "'"};
  for (const YAML::Node& item : node) {
    if (!item.IsScalar()) throw FieldError{item.Mark(), std::string("expected a single value in '") + key + "'"};
    out.push_back(item.Scalar());
  }
  return out;
}

void ReadTypeFields(const YAML::Node& r, Event* e) {
  switch (e->type) {
    case EventType::kVisit:
      e->a.name = Str(r, "visitor");
      e->a.country = Str(r, "visitor_country");
      e->place = Str(r, "host");
      e->start = Str(r, "start");
      e->end = Str(r, "end");
      e->status = Str(r, "status");
      break;
    case EventType::kTrade:
      e->a.country = Str(r, "a");
      e->b.country = Str(r, "b");
      e->flow = Str(r, "flow");
      e->period = Str(r, "period");
      e->value_usd = Number(r, "value_usd");
      e->growth_pct = Number(r, "growth_pct");
      break;
    case EventType::kAgreement:
      e->parties = Strings(r, "parties");
      e->name = Str(r, "name");
      e->date = Str(r, "date");
      break;
    case EventType::kMeeting:
      e->a.name = Str(r, "a");
      e->a.country = Str(r, "a_country");
      e->b.name = Str(r, "b");
      e->b.country = Str(r, "b_country");
      e->date = Str(r, "date");
      e->place = Str(r, "place");
      e->status = Str(r, "status");
      break;
    case EventType::kRelationsEstablished:
      e->a.country = Str(r, "a");
      e->b.country = Str(r, "b");
      e->date = Str(r, "date");
      break;
    case EventType::kAid:
      e->a.country = Str(r, "donor");
      e->b.country = Str(r, "recipient");
      e->name = Str(r, "what");
      e->period = Str(r, "period");
      break;
  }
}

Event ReadRelation(const YAML::Node& r, const std::string& doc) {
  if (!r.IsMap()) throw FieldError{r.Mark(), "expected a mapping for a relation"};
  const std::string type_name = Str(r, "type");
  auto type = extract::ParseEventType(type_name);
  if (!type) {
    YAML::Mark mark = r["type"] ? r["type"].Mark() : r.Mark();
    throw FieldError{mark, "unknown relation type '" + type_name + "'"};
  }
  Event e;
  e.type = *type;
  e.doc = doc;
  e.section = Str(r, "section");
  e.date_inferred = r["date_inferred"] && r["date_inferred"].IsScalar() && r["date_inferred"].as<bool>();
  ReadTypeFields(r, &e);
  e.evidence.push_back({Str(r, "evidence"), 0, e.section, "gold"});
  return e;
}

void ReadRoot(const YAML::Node& root, GoldDoc* out) {
  if (!root.IsMap()) throw FieldError{root.Mark(), "expected a mapping with doc, published and relations"};
  out->doc = Str(root, "doc");
  if (out->doc.empty()) throw FieldError{root.Mark(), "missing field 'doc'"};
  out->published = Str(root, "published");
  const YAML::Node relations = root["relations"];
  if (!relations || relations.IsNull()) return;
  if (!relations.IsSequence()) throw FieldError{relations.Mark(), "expected a list for 'relations'"};
  for (const YAML::Node& r : relations) out->relations.push_back(ReadRelation(r, out->doc));
}

}  // namespace

Status ParseGold(std::string_view text, const std::string& name, GoldDoc* out) {
  *out = GoldDoc{};
  try {
    ReadRoot(YAML::Load(std::string(text)), out);
  } catch (const FieldError& e) {
    return Status::BadData(Where(name, e.mark), e.message);
  } catch (const YAML::Exception& e) {
    return Status::BadData(Where(name, e.mark), "YAML error: " + e.msg);
  }
  return Status::Ok();
}

Status LoadGoldDir(const std::filesystem::path& dir, std::vector<GoldDoc>* out) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".yaml" && it->is_regular_file()) files.push_back(it->path());
  if (ec) return Status::IOError(dir.string(), ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) return Status::IOError(path.string(), "cannot open the file");
    std::ostringstream text;
    text << in.rdbuf();
    GoldDoc doc;
    Status status = ParseGold(text.str(), path.string(), &doc);
    if (!status.ok()) return status;
    out->push_back(std::move(doc));
  }
  return Status::Ok();
}

}  // namespace bilat::score
