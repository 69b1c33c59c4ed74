// Reading gold files with yaml-cpp. Its exceptions (syntax errors, bad
// conversions) stop here and become Status values with file:line:col.
#include "score/gold.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "extract/event_json.h"

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

// A relation's mapping as the JSON object `bilat extract` writes, so that
// extract::EventFromJson reads both with one field mapping.
nlohmann::json ToJson(const YAML::Node& node) {
  if (!node || node.IsNull()) return nullptr;
  if (node.IsSequence()) {
    nlohmann::json list = nlohmann::json::array();
    for (const YAML::Node& item : node) list.push_back(ToJson(item));
    return list;
  }
  if (node.IsMap()) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& kv : node) object[kv.first.Scalar()] = ToJson(kv.second);
    return object;
  }
  return node.Scalar();
}

Event ReadRelation(const YAML::Node& r, const std::string& doc) {
  if (!r.IsMap()) throw FieldError{r.Mark(), "expected a mapping for a relation"};
  const std::string type_name = Str(r, "type");
  if (!extract::ParseEventType(type_name)) {
    YAML::Mark mark = r["type"] ? r["type"].Mark() : r.Mark();
    throw FieldError{mark, "unknown relation type '" + type_name + "'"};
  }
  if (r["parties"] && !r["parties"].IsNull() && !r["parties"].IsSequence())
    throw FieldError{r["parties"].Mark(), "expected a list for 'parties'"};
  nlohmann::json json = ToJson(r);
  json["doc"] = doc;
  for (const char* key : {"value_usd", "growth_pct"}) {
    if (!json.contains(key) || json[key].is_null()) continue;
    double value = 0;
    if (!YAML::convert<double>::decode(r[key], value))
      throw FieldError{r[key].Mark(), std::string("expected a number for '") + key + "'"};
    json[key] = value;
  }
  json["date_inferred"] = r["date_inferred"] && r["date_inferred"].IsScalar() && r["date_inferred"].as<bool>();
  json["rule"] = "gold";
  Event e;
  std::string error;
  if (!extract::EventFromJson(json, &e, &error)) throw FieldError{r.Mark(), error};
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
