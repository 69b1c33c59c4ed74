// Small UTF-8 stepping helpers for scanners that work on bytes. REQUIRES:
// the text is valid UTF-8. Pure functions.
#pragma once

#include <cstddef>
#include <cstring>
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

// The first `needle` (not empty) in `s` at or after `from`, or npos; as
// s.find(needle, from), faster on Chinese text: memchr looks for the
// needle's last byte, a continuation byte one character in dozens carries,
// where find stops at every lead byte like the needle's (E5 starts one
// character in six).
inline size_t FindUtf8(std::string_view s, std::string_view needle, size_t from = 0) {
  if (needle.size() > s.size() || from > s.size() - needle.size()) return s.npos;
  const size_t last = needle.size() - 1;
  for (from += last; from < s.size();) {
    const void* hit = std::memchr(s.data() + from, needle[last], s.size() - from);
    if (hit == nullptr) return s.npos;
    const size_t at = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    // The lead byte first: most hits on the last byte are other characters,
    // told apart here without a call to memcmp.
    if (s[at - last] == needle[0] && s.compare(at - last, needle.size(), needle) == 0) return at - last;
    from = at + 1;
  }
  return s.npos;
}

}  // namespace bilat::text
