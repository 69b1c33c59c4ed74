#include "link/word_set.h"

#include <algorithm>

#include "text/normalize.h"

namespace bilat::link {

WordSet::WordSet(const std::vector<std::string>& words) {
  for (const auto& w : words) {
    std::string n = text::NormalizeKey(w);
    if (!n.empty() && std::find(words_.begin(), words_.end(), n) == words_.end()) words_.push_back(n);
  }
  std::stable_sort(words_.begin(), words_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& w : words_) trie_.AddKey(w);
  trie_.Compile();
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
  for (const auto& w : words_)
    if (w.size() <= end && text.compare(end - w.size(), w.size(), w) == 0) return w.size();
  return 0;
}

}  // namespace bilat::link
