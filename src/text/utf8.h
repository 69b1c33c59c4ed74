// Small UTF-8 stepping helpers for scanners that work on bytes. REQUIRES:
// the text is valid UTF-8. Pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace bilat::text {

// Byte length of the UTF-8 sequence starting with `lead`.
constexpr size_t Utf8Length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Start of the code point that ends just before `pos` (pos > 0).
inline size_t PrevCodePointStart(std::string_view text, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

}  // namespace bilat::text
