// Clause bounds against the code-point walk it replaces: the clause around
// every position of sentences with each delimiter, at the ends and doubled.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "extract/clause_bounds.h"
#include "text/utf8.h"

namespace bilat::extract {
namespace {

bool IsDelimiterAt(std::string_view s, size_t pos) {
  char c = s[pos];
  return c == ',' || c == ';' || c == ':' || s.compare(pos, 3, "。") == 0 || s.compare(pos, 3, "，") == 0;
}

size_t WalkStart(std::string_view s, size_t pos) {
  for (size_t p = std::min(pos, s.size()); p > 0;) {
    p = text::PrevCodePointStart(s, p);
    if (IsDelimiterAt(s, p)) return p + text::Utf8Length(s[p]);
  }
  return 0;
}

size_t WalkEnd(std::string_view s, size_t pos) {
  for (size_t p = pos; p < s.size(); p += text::Utf8Length(s[p]))
    if (IsDelimiterAt(s, p)) return p;
  return s.size();
}

TEST_CASE("clause bounds: the same clauses as walking the code points") {
  const char* kSentences[] = {
      "",
      "越南",
      "越南,老挝;柬埔寨:泰国。缅甸，中国",
      ",越南,,",
      "。越南。。",
      "，a，",
      "访问。",
      "2024年双边贸易额为6000万美元,2025年前三个月达2090万美元。",
      "é,ü;€:𝄞。x",
  };
  for (std::string_view s : kSentences) {
    for (size_t pos = 0; pos <= s.size() + 1; ++pos) {
      CAPTURE(s);
      CAPTURE(pos);
      CHECK(ClauseStart(s, pos) == WalkStart(s, pos));
      // End is asked at code point starts and just after a delimiter's first byte.
      bool boundary = pos >= s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80 ||
                      (pos > 0 && IsDelimiterAt(s, pos - 1));
      if (boundary) CHECK(ClauseEnd(s, pos) == WalkEnd(s, pos));
    }
  }
}

}  // namespace
}  // namespace bilat::extract
