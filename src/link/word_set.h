// WordSet: a set of trigger words (normalized once) with longest-match tests
// at a position and forward/backward search. Forward tests run on a byte
// trie, so a scan costs one table lookup per position that starts no word.
// Immutable after construction; thread-safe to share.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/alias_matcher.h"
#include "text/utf8.h"

namespace bilat::link {

class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::vector<std::string>& words);  // normalizes each word

  bool empty() const { return words_.empty(); }
  // Length of the longest word starting at `pos`, 0 if none.
  size_t MatchAt(std::string_view text, size_t pos) const;
  // Length of the longest word ending exactly at `end`, 0 if none.
  size_t MatchEndingAt(std::string_view text, size_t end) const;
  // First position >= from where a word starts, or npos; *length gets its length.
  size_t Find(std::string_view text, size_t from, size_t to, size_t* length = nullptr) const;
  // Whether some word occurs in [from, to).
  bool Contains(std::string_view text, size_t from, size_t to) const {
    return Find(text, from, to) != std::string_view::npos;
  }

 private:
  std::vector<std::string> words_;  // longest first
  gazetteer::AliasMatcher trie_;
};

}  // namespace bilat::link
