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

WordHits Lexicon::Scan(std::string_view normalized) const {
  WordHits hits;
  Scan(normalized, &hits);
  return hits;
}

void Lexicon::Scan(std::string_view text, WordHits* hits) const {
  hits->Clear();
  for (size_t pos = 0, length = 0; pos < text.size(); pos += length) {
    uint32_t cp = gazetteer::AliasMatcher::CodePointAt(text, pos, &length);
    if (trie_.MayStart(cp)) AddHitsAt(text, pos, cp, length, hits);
  }
}

void Lexicon::AddHitsAt(std::string_view text, size_t pos, uint32_t first, size_t first_length,
                        WordHits* hits) const {
  bool glued_before = gazetteer::AliasMatcher::GluedBefore(text, pos);
  trie_.ForEachFrom(text, pos, first, first_length, [&](uint32_t key, size_t end) {
    hits->Add(WordHit{static_cast<uint32_t>(pos), static_cast<uint32_t>(end), key_sets_[key], glued_before,
                      gazetteer::AliasMatcher::GluedAfter(text, end)});
  });
}

}  // namespace bilat::link
