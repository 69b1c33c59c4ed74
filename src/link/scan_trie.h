// ScanTrie: the gazetteer's aliases, the lexicon's trigger words and the
// one-character country forms merged into one trie,
// so that the linker walks each position of a sentence once for all three
// instead of once per trie. Laid out as a double array (DoubleArrayTrie) so
// that the walk stays in cache. Immutable after construction; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/alias_matcher.h"
#include "link/double_array_trie.h"
#include "link/lexicon.h"

namespace bilat::link {

class ScanTrie {
 public:
  // What a key of the merged trie is in each source.
  struct Entry {
    uint64_t sets = 0;               // lexicon sets holding the word
    int32_t alias = -1;              // key in the gazetteer's matcher, or -1
    int32_t short_form = -1;         // the one-character country form it is, or -1
  };

  ScanTrie(const gazetteer::AliasMatcher& aliases, const Lexicon& lexicon,
           const gazetteer::AliasMatcher& short_forms);

  // The node a key starting with the code point at byte `pos` goes through
  // first, 0 if no key does; the code point's length goes to *length.
  uint32_t StartAt(std::string_view text, size_t pos, size_t* length) const {
    return trie_.StartAt(text, pos, length);
  }
  // Calls f(entry, end) for every key that starts with the step to `node`,
  // the text going on at byte `i`, shortest first.
  template <typename F>
  void ForEachFrom(std::string_view text, uint32_t node, size_t i, F&& f) const {
    trie_.ForEachFrom(text, node, i, [&](uint32_t key, size_t end) { f(entries_[key], end); });
  }

 private:
  // The merged keys, each with what it is in the sources.
  struct Keys {
    std::vector<std::string> keys;
    std::vector<Entry> entries;  // by key
  };
  static Keys Merge(const gazetteer::AliasMatcher& aliases, const Lexicon& lexicon,
                    const gazetteer::AliasMatcher& short_forms);
  explicit ScanTrie(Keys merged);

  std::vector<Entry> entries_;  // by key of trie_
  DoubleArrayTrie trie_;
};

}  // namespace bilat::link
