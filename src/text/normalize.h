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

// Where a normalized code point came from, from `normalized` on: with
// `whole`, every byte up to the next anchor comes from the code point at
// `original` (an expansion such as ㎏ → kg, a composed cluster); otherwise
// the code points correspond one to one, with the same byte lengths, so that
// the one at normalized + k comes from original + k.
struct OriginAnchor {
  uint32_t normalized = 0;
  uint32_t original = 0;
  bool whole = false;

  friend bool operator==(const OriginAnchor&, const OriginAnchor&) = default;
};

struct NormalizedText {
  std::string text;  // normalized UTF-8
  // The map back to the original, in order of `normalized`: a few anchors
  // per sentence (where a character maps to one of another length, or is
  // dropped), not one entry per byte.
  std::vector<OriginAnchor> anchors;
  uint32_t original_size = 0;

  // The byte offset in the original of the code point that produced
  // normalized byte `normalized_offset`; the original's size for text.size().
  size_t ToOriginal(size_t normalized_offset) const;
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
