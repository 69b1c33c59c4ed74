// ScanTrie: the gazetteer's aliases, the lexicon's trigger words and the
// first characters of the one-character country forms merged into one trie,
// so that the linker walks each position of a sentence once for all three
// instead of once per trie. The root's children sit in a flat table by BMP
// code point, one load per position; deeper steps probe the AliasMatcher's
// hash. Immutable after construction; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "gazetteer/alias_matcher.h"
#include "link/lexicon.h"

namespace bilat::link {

class ScanTrie {
 public:
  // What a key of the merged trie is in each source.
  struct Entry {
    int32_t alias = -1;              // key in the gazetteer's matcher, or -1
    uint64_t sets = 0;               // lexicon sets holding the word
    bool starts_short_form = false;  // some one-character form begins so
  };

  ScanTrie(const gazetteer::AliasMatcher& aliases, const Lexicon& lexicon,
           const gazetteer::AliasMatcher& short_forms);

  // The node a key starting with `cp` goes through first; 0 if no key does.
  uint32_t Start(uint32_t cp) const { return cp < root_.size() ? root_[cp] : trie_.Step(0, cp); }
  // Calls f(entry, end) for every key that starts with the step to `node`,
  // the text going on at byte `i`, shortest first.
  template <typename F>
  void ForEachFrom(std::string_view text, uint32_t node, size_t i, F&& f) const {
    trie_.ForEachFromNode(text, node, i, [&](uint32_t key, size_t end) { f(entries_[key], end); });
  }

 private:
  Entry& EntryFor(std::string_view key);

  gazetteer::AliasMatcher trie_;
  std::vector<Entry> entries_;  // by trie_ key
  std::vector<uint32_t> root_;  // trie_.Step(0, cp) for every BMP code point
};

}  // namespace bilat::link
