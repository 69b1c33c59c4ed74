// Byte-level scanning helpers shared by the text scanners (dates, numbers).
// Internal to src/text/.
#pragma once

#include <cstddef>
#include <string_view>

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

}  // namespace bilat::text::internal
