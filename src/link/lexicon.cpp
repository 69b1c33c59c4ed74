#include "link/lexicon.h"

#include <stdexcept>

#include "text/normalize.h"

namespace bilat::link {

Lexicon::Lexicon(const gazetteer::Gazetteer& g, const std::vector<std::string>& set_names)
    : gazetteer_(g), names_(set_names) {
  if (names_.size() > kMaxSets) throw std::length_error("a Lexicon holds at most 64 word sets");
  for (size_t set = 0; set < names_.size(); ++set) {
    for (const std::string& word : g.Triggers(names_[set])) {
      std::string key = text::NormalizeKey(word);
      if (key.empty()) continue;
      uint32_t index = trie_.AddKey(key);
      if (index >= key_sets_.size()) key_sets_.resize(index + 1, 0);
      key_sets_[index] |= uint64_t{1} << set;
    }
  }
  trie_.Compile();
}

uint64_t Lexicon::Mask(std::initializer_list<std::string_view> set_names) const {
  uint64_t mask = 0;
  for (std::string_view name : set_names)
    for (size_t set = 0; set < names_.size(); ++set)
      if (names_[set] == name) mask |= uint64_t{1} << set;
  return mask;
}

std::vector<std::string> Lexicon::Words(std::initializer_list<std::string_view> set_names) const {
  std::vector<std::string> words;
  for (std::string_view name : set_names) {
    const auto& w = gazetteer_.Triggers(name);
    words.insert(words.end(), w.begin(), w.end());
  }
  return words;
}

}  // namespace bilat::link
