// WordSet: a set of trigger words (normalized once) with longest-match tests
// at a position of a text, and, for a set taken from a Lexicon, searches
// answered from a sentence's WordHits (one scan serves every set).
// Immutable after construction; thread-safe to share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/alias_matcher.h"
#include "link/lexicon.h"
#include "link/word_hits.h"

namespace bilat::link {

class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::vector<std::string>& words);  // normalizes each word
  // The union of named lexicon sets; the WordHits searches below need this.
  WordSet(const Lexicon& lexicon, std::initializer_list<std::string_view> set_names);

  bool empty() const { return words_.empty(); }
  // Length of the longest word starting at `pos`, 0 if none.
  size_t MatchAt(std::string_view text, size_t pos) const;
  // Length of the longest word ending exactly at `end`, 0 if none.
  size_t MatchEndingAt(std::string_view text, size_t end) const;
  // First position in [from, to) where a word starts and ends by `to`, or
  // npos; *length gets the longest such word's length. From a sentence's hits.
  size_t Find(const WordHits& hits, size_t from, size_t to, size_t* length = nullptr) const {
    return hits.Find(mask_, from, to, length);
  }
  // Whether some word occurs in [from, to).
  bool Contains(const WordHits& hits, size_t from, size_t to) const { return hits.Contains(mask_, from, to); }

 private:
  // A word by the code point it ends with, for MatchEndingAt.
  struct Ending {
    uint32_t code_point;
    uint32_t word;  // index into words_
  };
  std::vector<std::string> words_;  // longest first
  std::vector<Ending> endings_;     // by code point, then longest word first
  uint64_t mask_ = 0;               // lexicon sets, when built from a Lexicon
  gazetteer::AliasMatcher trie_;
};

}  // namespace bilat::link
