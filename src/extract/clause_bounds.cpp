#include "extract/clause_bounds.h"

#include <algorithm>
#include <array>

namespace bilat::extract {
namespace {

// In valid UTF-8 the bytes , ; : and the lead bytes of 。(E3 80 82) and
// ，(EF BC 8C) only ever start a code point, so a byte scan finds exactly the
// delimiters a walk over the code points would.
constexpr std::array<bool, 256> kMayStartDelimiter = [] {
  std::array<bool, 256> table{};
  table[','] = table[';'] = table[':'] = table[0xE3] = table[0xEF] = true;
  return table;
}();

// The byte length of the delimiter starting at i, or 0 if none does.
size_t DelimiterAt(std::string_view text, size_t i) {
  auto byte = [&text](size_t at) { return static_cast<unsigned char>(text[at]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  if (i + 2 >= text.size()) return 0;
  if (c == 0xE3) return byte(i + 1) == 0x80 && byte(i + 2) == 0x82 ? 3 : 0;
  return byte(i + 1) == 0xBC && byte(i + 2) == 0x8C ? 3 : 0;
}

bool MayStartDelimiter(char c) { return kMayStartDelimiter[static_cast<unsigned char>(c)]; }

}  // namespace

size_t ClauseStart(std::string_view text, size_t pos) {
  for (size_t i = std::min(pos, text.size()); i-- > 0;)
    if (MayStartDelimiter(text[i]))
      if (size_t len = DelimiterAt(text, i)) return i + len;
  return 0;
}

size_t ClauseEnd(std::string_view text, size_t pos) {
  for (size_t i = pos; i < text.size(); ++i)
    if (MayStartDelimiter(text[i]) && DelimiterAt(text, i) > 0) return i;
  return text.size();
}

}  // namespace bilat::extract
