// Lexicon: named trigger word sets of the gazetteer compiled into one trie,
// which the linker merges into its scan trie (link/scan_trie.h), so that one
// pass over a sentence finds the words of every set (WordHits). A set is a
// bit; WordSet keeps the mask of its sets. At most 64 sets.
// Immutable after construction; thread-safe to share.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/alias_matcher.h"
#include "gazetteer/gazetteer.h"

namespace bilat::link {

class Lexicon {
 public:
  static constexpr size_t kMaxSets = 64;

  // The named sets of the gazetteer's triggers (a name it lacks is an empty
  // set). Throws std::length_error for more than kMaxSets names.
  Lexicon(const gazetteer::Gazetteer& g, const std::vector<std::string>& set_names);

  // The bits of the named sets; 0 for a name the lexicon was not built with.
  uint64_t Mask(std::initializer_list<std::string_view> set_names) const;
  // Every word of a set, as written in the gazetteer.
  std::vector<std::string> Words(std::initializer_list<std::string_view> set_names) const;

  // The words, normalized, as the keys of one trie, and the sets holding
  // each key: for scanners that merge the lexicon into a trie of their own.
  const gazetteer::AliasMatcher& words() const { return trie_; }
  uint64_t SetsOf(uint32_t key) const { return key_sets_[key]; }

 private:
  const gazetteer::Gazetteer& gazetteer_;
  std::vector<std::string> names_;
  gazetteer::AliasMatcher trie_;
  std::vector<uint64_t> key_sets_;  // per trie key: the sets holding it
};

}  // namespace bilat::link
