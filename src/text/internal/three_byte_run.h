// Runs of three-byte UTF-8 sequences (nearly all of Chinese text), checked
// 48 bytes (16 characters) at a time with SSE2 where the target has it, and
// a byte loop elsewhere. Used by validation (decode.cpp); normalization
// has its own runs, of characters it leaves unchanged. Internal to src/text/.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/internal/bytes.h"

namespace bilat::text::internal {

// Bytes in one block: sixteen three-byte characters.
inline constexpr size_t kThreeByteBlock = 48;

// Whether a well-formed three-byte sequence whose lead byte admits any
// continuation bytes (E1-EC, EE, EF: not E0's overlong forms, not ED's
// surrogates) starts at s[i].
inline bool IsPlainThreeByte(const unsigned char* s, size_t i, size_t n) {
  uint32_t three = LoadThree(s, i, n);
  uint32_t lead = three & 0xFF;
  return IsThreeByteSequence(three) && lead != 0xE0 && lead != 0xED;
}

#if defined(__SSE2__)
// Per byte, all ones where the 16 bytes at s fit a plain three-byte run
// that starts kPhase bytes (0, 1 or 2) into a character.
template <int kPhase>
inline __m128i PlainThreeBytePhase(const unsigned char* s) {
  auto at = [](int k, char lead, char continuation) {
    return (k + kPhase) % 3 == 0 ? lead : continuation;
  };
  auto pattern = [&](char lead, char continuation) {
    return _mm_setr_epi8(at(0, lead, continuation), at(1, lead, continuation),
                         at(2, lead, continuation), at(3, lead, continuation),
                         at(4, lead, continuation), at(5, lead, continuation),
                         at(6, lead, continuation), at(7, lead, continuation),
                         at(8, lead, continuation), at(9, lead, continuation),
                         at(10, lead, continuation), at(11, lead, continuation),
                         at(12, lead, continuation), at(13, lead, continuation),
                         at(14, lead, continuation), at(15, lead, continuation));
  };
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  const __m128i masked = _mm_and_si128(bytes, pattern('\xF0', '\xC0'));
  const __m128i shaped = _mm_cmpeq_epi8(masked, pattern('\xE0', '\x80'));
  // Continuation bytes are 80-BF, so E0 and ED can only be lead bytes here.
  const __m128i excluded = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\xE0')),
                                        _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\xED')));
  return _mm_andnot_si128(excluded, shaped);
}
#endif

// The length in bytes of the plain three-byte sequences (as
// IsPlainThreeByte) that start at s, at most one block: 0, 3, ..., 48.
// REQUIRES: kThreeByteBlock bytes are readable at s.
inline size_t PlainThreeBytePrefix(const unsigned char* s) {
#if defined(__SSE2__)
  const auto bits = [](__m128i fits) {
    return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(fits)));
  };
  const uint64_t fitting = bits(PlainThreeBytePhase<0>(s)) |
                           bits(PlainThreeBytePhase<1>(s + 16)) << 16 |
                           bits(PlainThreeBytePhase<2>(s + 32)) << 32;
  const auto fitting_bytes = static_cast<size_t>(std::countr_one(fitting));
  return fitting_bytes - fitting_bytes % 3;  // at most 48: bits 48-63 are 0
#else
  size_t k = 0;
  while (k < kThreeByteBlock && IsPlainThreeByte(s, k, kThreeByteBlock)) k += 3;
  return k;
#endif
}

// The end of the run of plain three-byte sequences (as IsPlainThreeByte)
// that starts at s[i]: a block at a time while one fits in s[i, n).
inline size_t PlainThreeByteRunEnd(const unsigned char* s, size_t i, size_t n) {
  while (n - i >= kThreeByteBlock) {
    const size_t plain = PlainThreeBytePrefix(s + i);
    i += plain;
    if (plain < kThreeByteBlock) return i;
  }
  while (IsPlainThreeByte(s, i, n)) i += 3;
  return i;
}

}  // namespace bilat::text::internal
