// Normalization for matching: NFKC (full-width digits, letters and brackets
// to ASCII), every kind of space folded to ' ', Traditional Chinese folded to
// Simplified, letters lower-cased; with a map from each normalized byte back
// to the original, so that evidence and offsets always point into the
// original text. NormalizationWatch answers, at a fraction of the cost of
// normalizing, whether normalization leaves a few characters of interest
// alone. Pure functions; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bilat::text {

struct NormalizedText {
  std::string text;  // normalized UTF-8
  // origin[i]: byte offset in the original of the code point that produced
  // normalized byte i; origin[text.size()] is the original's size.
  std::vector<uint32_t> origin;

  size_t ToOriginal(size_t normalized_offset) const { return origin[normalized_offset]; }
};

// REQUIRES: utf8 is valid UTF-8.
NormalizedText Normalize(std::string_view utf8);
// The same into *out, reusing its buffers (for text normalized piece after piece).
void Normalize(std::string_view utf8, NormalizedText* out);
// The normalized text alone (gazetteer keys, query names).
std::string NormalizeKey(std::string_view utf8);

// A set of watched code points, for scanners that read only those (and need
// not normalize a text that normalization would not change for them).
class NormalizationWatch {
 public:
  explicit NormalizationWatch(std::u32string_view watched);

  // True when every code point of utf8 either normalizes to itself or, not
  // being watched, to a non-empty text without a watched code point (and
  // joins nothing before it). Then utf8 and NormalizeKey(utf8) hold the same
  // watched code points in the same order, with the same (empty or
  // non-empty) gaps of other text between them. False is always safe.
  // REQUIRES: utf8 is valid UTF-8.
  bool Keeps(std::string_view utf8) const;

 private:
  bool IsWatched(char32_t c) const;
  bool KeepsCodePoint(char32_t c) const;

  std::u32string watched_;             // sorted
  std::array<bool, 128> ascii_kept_{};  // KeepsCodePoint of each ASCII character
};

}  // namespace bilat::text
