// WordHits: every trigger word found in one sentence by one Lexicon pass,
// with the sets each belongs to, so that a rule's "is there a meeting verb
// in this clause" is a lookup instead of another scan of the sentence.
// Answers the same searches as WordSet's text scans, for a set mask.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bilat::link {

struct WordHit {
  uint32_t begin = 0;  // byte span in the normalized sentence
  uint32_t end = 0;
  uint64_t sets = 0;   // bit per Lexicon set holding this word
  bool glued_before = false;  // continues a Latin word before it (not a match)
  bool glued_after = false;   // a Latin word continues after it
};

class WordHits {
 public:
  // REQUIRES: hits by begin, then end ascending (as the linker's scan makes them).
  void Add(const WordHit& hit) {
    hits_.push_back(hit);
    sets_present_ |= hit.sets;
  }
  void Clear() {
    hits_.clear();
    sets_present_ = 0;
  }
  bool empty() const { return hits_.empty(); }

  // First position in [from, to) where a word of `sets` starts and ends by
  // `to`, or npos; *length gets the longest such word's length.
  size_t Find(uint64_t sets, size_t from, size_t to, size_t* length = nullptr) const;
  bool Contains(uint64_t sets, size_t from, size_t to) const;

 private:
  std::vector<WordHit>::const_iterator FirstFrom(size_t pos) const;

  std::vector<WordHit> hits_;
  uint64_t sets_present_ = 0;  // the union of the hits' sets
};

}  // namespace bilat::link
