#include "graph/event_input.h"

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/event_json.h"

namespace bilat::graph {
namespace {

bool Blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

}  // namespace

bool IsEventFile(const std::filesystem::path& path) {
  if (path.extension() != ".jsonl") return false;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (Blank(line)) continue;
    auto json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    return json.is_object() && json.contains("type");
  }
  return false;
}

Status ReadEventLines(std::istream& in, std::string_view where, const std::function<void(extract::Event&&)>& sink,
                      size_t* count) {
  std::string line, error;
  size_t number = 0;
  *count = 0;
  while (std::getline(in, line)) {
    ++number;
    if (Blank(line)) continue;
    std::string place = std::string(where) + ":" + std::to_string(number);
    auto json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) return Status::BadData(place, "not valid JSON");
    extract::Event event;
    if (!extract::EventFromJson(json, &event, &error)) return Status::BadData(place, error);
    sink(std::move(event));
    ++*count;
  }
  return Status::Ok();
}

}  // namespace bilat::graph
