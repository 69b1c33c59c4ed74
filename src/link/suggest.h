// Gazetteer suggestions: the titled names that linking met but the gazetteer
// does not know (约翰·恩迪西 after 瑞典驻越南大使), counted over a corpus and
// written as YAML stubs for a curator to review.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "text/document.h"

namespace bilat::extract {
class Extractor;
}

namespace bilat::link {

struct Suggestion {
  std::string name;     // as written
  std::string country;  // from the title phrase, "" if unknown
  std::string office;   // from the title
  size_t count = 0;
  std::vector<std::string> docs;  // where it was seen (first few)
};

class SuggestionCollector {
 public:
  explicit SuggestionCollector(const gazetteer::Gazetteer& gazetteer);
  ~SuggestionCollector();
  void Add(const text::Document& doc);
  // Most seen first, then by name.
  std::vector<Suggestion> Result() const;

 private:
  std::unique_ptr<extract::Extractor> extractor_;  // built once: its tries are not cheap
  std::map<std::string, Suggestion> by_name_;
};

void WriteSuggestionsYaml(std::ostream& out, const std::vector<Suggestion>& suggestions);

}  // namespace bilat::link
