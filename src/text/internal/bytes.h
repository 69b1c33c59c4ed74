// Byte-level scanning helpers shared by the text scanners (dates, numbers):
// literal and digit tests, character decoding for filters, and CharSet, a
// bitmap of the characters that may start a match.
// Internal to src/text/.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>

#include "text/utf8.h"

namespace bilat::text::internal {

// Does `lit` occur at p? A byte loop: literals are short, and most fail on
// the first or second byte, so this beats a call to memcmp.
inline bool At(std::string_view s, size_t p, std::string_view lit) {
  if (p > s.size() || s.size() - p < lit.size()) return false;
  for (size_t i = 0; i < lit.size(); ++i)
    if (s[p + i] != lit[i]) return false;
  return true;
}
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsDigitAt(std::string_view s, size_t p) { return p < s.size() && IsDigit(s[p]); }
inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The bytes s[i, i+3) as one integer, s[i] in the low byte, 0 when fewer
// than three are left: one load where four bytes are readable.
inline uint32_t LoadThree(const unsigned char* s, size_t i, size_t n) {
  if (n - i >= 4 && std::endian::native == std::endian::little) {
    uint32_t word;
    std::memcpy(&word, s + i, 4);
    return word & 0xFFFFFF;
  }
  if (n - i < 3) return 0;
  return s[i] | uint32_t{s[i + 1]} << 8 | uint32_t{s[i + 2]} << 16;
}
// Whether `three` (as LoadThree gives it) is a lead byte 1110xxxx and two
// continuation bytes 10xxxxxx.
inline bool IsThreeByteSequence(uint32_t three) { return (three & 0xC0C0F0) == 0x8080E0; }
// Whether the eight bytes at s begin with two well-formed three-byte
// sequences; if so, *first and *second get them as LoadThree gives them.
// REQUIRES: eight bytes are readable at s; a little-endian target.
inline bool LoadTwoThree(const unsigned char* s, uint32_t* first, uint32_t* second) {
  uint64_t eight;
  std::memcpy(&eight, s, 8);
  if ((eight & 0xC0C0F0C0C0F0ull) != 0x8080E08080E0ull) return false;
  *first = static_cast<uint32_t>(eight & 0xFFFFFF);
  *second = static_cast<uint32_t>(eight >> 24 & 0xFFFFFF);
  return true;
}
// The code point of a three-byte sequence given as LoadThree gives it.
inline char32_t DecodeThree(uint32_t three) {
  return (three & 0x0Fu) << 12 | (three >> 2 & 0xFC0u) | (three >> 16 & 0x3Fu);
}

// Returned by CharAt where no one-, two- or three-byte character starts.
inline constexpr char32_t kNoChar = 0xFFFFFFFF;

// The code point of the three-byte sequence at p. REQUIRES: s.size() - p >= 3.
inline char32_t ThreeByteCharAt(std::string_view s, size_t p) {
  return (static_cast<unsigned char>(s[p]) & 0x0Fu) << 12 |
         (static_cast<unsigned char>(s[p + 1]) & 0x3Fu) << 6 |
         (static_cast<unsigned char>(s[p + 2]) & 0x3Fu);
}

// The code point of the character at p when it is one to three bytes long
// (ASCII, Latin, all of CJK and its punctuation), else kNoChar. Continuation
// bytes are not checked: the bytes of a character decode to it, and the
// filters below let a malformed sequence through at worst, to the exact
// test after them.
inline char32_t CharAt(std::string_view s, size_t p) {
  if (p >= s.size()) return kNoChar;
  auto b = static_cast<unsigned char>(s[p]);
  if (b < 0x80) return b;
  if (b >= 0xC2 && b < 0xE0 && s.size() - p >= 2)
    return (b & 0x1Fu) << 6 | (static_cast<unsigned char>(s[p + 1]) & 0x3Fu);
  if ((b & 0xF0) == 0xE0 && s.size() - p >= 3) return ThreeByteCharAt(s, p);
  return kNoChar;
}

// The start of the character after the one at p, by the length its lead
// byte announces, at most s.size().
inline size_t NextChar(std::string_view s, size_t p) {
  return std::min(s.size(), p + Utf8Length(static_cast<unsigned char>(s[p])));
}

// The UTF-8 of a code point in U+0800..U+FFFF as LoadThree gives it.
constexpr uint32_t EncodeThree(char32_t c) {
  return (0xE0 | c >> 12) | (0x80 | (c >> 6 & 0x3F)) << 8 | (0x80 | (c & 0x3F)) << 16;
}

// A set of BMP code points, one bit each, built at compile time: the filters
// that let the scanners pass over characters that cannot start a match.
// Three-byte characters have a first, coarser test on their bytes as they
// are (a hash into 4096 slots), which spares decoding nearly all of them.
class CharSet {
 public:
  constexpr CharSet(std::initializer_list<char32_t> chars) {
    for (char32_t c : chars) {
      bits_[c >> 6] |= uint64_t{1} << (c & 63);
      if (c >= 0x800 && c < 0x10000) three_byte_slots_[Slot(EncodeThree(c))] = true;
    }
  }
  constexpr bool Contains(char32_t c) const {
    return c < 0x10000 && (bits_[c >> 6] >> (c & 63) & 1) != 0;
  }
  // False when the three-byte sequence `three` (as LoadThree gives it, and
  // IsThreeByteSequence) is surely not the UTF-8 of a member.
  constexpr bool MayContainThree(uint32_t three) const { return three_byte_slots_[Slot(three)]; }

 private:
  static constexpr uint32_t Slot(uint32_t three) { return (three * 0x9E3779B1u) >> 20; }

  std::array<uint64_t, 1024> bits_{};
  std::array<bool, 4096> three_byte_slots_{};
};

// Is the character at p in `set`?
inline bool CharIn(std::string_view s, size_t p, const CharSet& set) {
  return set.Contains(CharAt(s, p));
}

// Steps from p over pairs of well-formed three-byte characters neither of
// which may be in `set` (CharSet::MayContainThree), while both start before
// `limit` and eight bytes are readable; returns where it stopped.
inline size_t SkipThreeBytePairsNotIn(const unsigned char* bytes, size_t p, size_t limit,
                                      size_t size, const CharSet& set) {
  if constexpr (std::endian::native != std::endian::little) return p;
  const size_t end = std::min(limit >= 3 ? limit - 3 : 0, size >= 8 ? size - 7 : 0);
  for (uint32_t first, second; p < end; p += 6)
    if (!LoadTwoThree(bytes + p, &first, &second) || set.MayContainThree(first) || set.MayContainThree(second))
      break;
  return p;
}

// Steps from p a character at a time, as NextChar does, to the first
// character in `set`, or to the first position at or after `limit`.
// The scanners' inner loop: three-byte characters take a short path.
inline size_t SkipToCharIn(std::string_view s, size_t p, size_t limit, const CharSet& set) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  while (p < limit) {
    p = SkipThreeBytePairsNotIn(bytes, p, limit, s.size(), set);
    if (p >= limit) break;
    uint32_t three = LoadThree(bytes, p, s.size());
    auto b = static_cast<unsigned char>(s[p]);
    if (IsThreeByteSequence(three)) {
      if (set.MayContainThree(three) && set.Contains(DecodeThree(three))) return p;
      p += 3;
    } else if ((b & 0xF0) == 0xE0 && s.size() - p >= 3) {  // malformed: decoded all the same
      if (set.Contains(ThreeByteCharAt(s, p))) return p;
      p += 3;
    } else if (b < 0x80) {
      if (set.Contains(b)) return p;
      ++p;
    } else {
      if (CharIn(s, p, set)) return p;
      p = NextChar(s, p);
    }
  }
  return p;
}

}  // namespace bilat::text::internal
