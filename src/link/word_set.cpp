#include "link/word_set.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/utf8.h"

namespace bilat::link {
namespace {

// The code point that ends exactly at `end` (> 0) of valid UTF-8 text, or
// U+FFFF (no word's) when `end` is not the end of one.
uint32_t LastCodePoint(std::string_view text, size_t end) {
  size_t begin = text::PrevCodePointStart(text, end);
  size_t length;
  uint32_t cp = gazetteer::AliasMatcher::CodePointAt(text, begin, &length);
  return begin + length == end ? cp : 0xFFFF;
}

}  // namespace

WordSet::WordSet(const std::vector<std::string>& words) {
  for (const auto& w : words) {
    std::string n = text::NormalizeKey(w);
    if (!n.empty() && std::find(words_.begin(), words_.end(), n) == words_.end()) words_.push_back(n);
  }
  std::stable_sort(words_.begin(), words_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& w : words_) trie_.AddKey(w);
  trie_.Compile();
  for (uint32_t i = 0; i < words_.size(); ++i) endings_.push_back({LastCodePoint(words_[i], words_[i].size()), i});
  std::sort(endings_.begin(), endings_.end(), [](const Ending& a, const Ending& b) {
    return a.code_point != b.code_point ? a.code_point < b.code_point : a.word < b.word;
  });
}

WordSet::WordSet(const Lexicon& lexicon, std::initializer_list<std::string_view> set_names)
    : WordSet(lexicon.Words(set_names)) {
  mask_ = lexicon.Mask(set_names);
}

size_t WordSet::MatchAt(std::string_view text, size_t pos) const {
  if (pos >= text.size()) return 0;
  gazetteer::AliasMatcher::Match match;
  return trie_.LongestAt(text, pos, &match) ? match.end - match.begin : 0;
}

size_t WordSet::MatchEndingAt(std::string_view text, size_t end) const {
  if (end == 0 || end > text.size()) return 0;
  uint32_t last = LastCodePoint(text, end);
  auto it = std::lower_bound(endings_.begin(), endings_.end(), last,
                             [](const Ending& e, uint32_t cp) { return e.code_point < cp; });
  for (; it != endings_.end() && it->code_point == last; ++it) {
    const std::string& w = words_[it->word];
    if (w.size() <= end && text.compare(end - w.size(), w.size(), w) == 0) return w.size();
  }
  return 0;
}

}  // namespace bilat::link
