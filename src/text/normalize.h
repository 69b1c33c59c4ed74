// Normalization for matching: NFKC (full-width digits, letters and brackets
// to ASCII), every kind of space folded to ' ', Traditional Chinese folded to
// Simplified, letters lower-cased; with a map from each normalized byte back
// to the original, so that evidence and offsets always point into the
// original text. Pure functions; thread-safe.
#pragma once

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

}  // namespace bilat::text
