// Tests for text/internal/bytes.h: SkipToCharIn, whose fast paths (pairs of
// three-byte characters, a hashed first test) must stop exactly where a
// character-by-character scan with CharIn stops. And text/utf8.h's FindUtf8,
// which must find what string_view::find finds.
#include "text/internal/bytes.h"
#include "text/utf8.h"

#include <doctest/doctest.h>

#include <iterator>
#include <random>
#include <string>
#include <string_view>

namespace bilat::text::internal {
namespace {

constexpr CharSet kStarts{U'0', U'7', U'$', U'£', U'€', U'一', U'年', U'今', U'第', U'〇'};

// One character at a time, as the scanners would without SkipToCharIn.
size_t SkipByCharIn(std::string_view s, size_t p, size_t limit) {
  while (p < limit) {
    if (CharIn(s, p, kStarts)) return p;
    p = NextChar(s, p);
  }
  return p;
}

TEST_CASE("SkipToCharIn stops where a character-by-character scan stops") {
  // Mostly Chinese that is not in the set, with members of every length,
  // other ASCII, two- and four-byte characters, and malformed bytes.
  const std::string plain[] = {"越", "南", "中", "国", "的", "，", "。"};
  const std::string others[] = {"0", "7", "$", "£", "€", "一", "年", "今", "第", "〇", "a",
                                " ", "é", "😀", "\xE4\xB8", "\x80", "\xE5\x41\x80", "\xFF"};
  std::mt19937 rng(20261122);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const size_t length = rng() % 200;
    while (text.size() < length) {
      text += rng() % 100 < 90 ? plain[rng() % std::size(plain)] : others[rng() % std::size(others)];
    }
    const size_t limit = text.empty() ? 0 : rng() % (text.size() + 1);
    for (size_t p = 0; p <= limit; p += 1 + rng() % 7) {
      CAPTURE(text);
      CAPTURE(p);
      CAPTURE(limit);
      CHECK(SkipToCharIn(text, p, limit, kStarts) == SkipByCharIn(text, p, limit));
    }
  }
}

}  // namespace
}  // namespace bilat::text::internal

namespace bilat::text {
namespace {

TEST_CASE("FindUtf8 finds what string_view::find finds, from every offset") {
  // Needles whose last byte is common (年 ends in 0xB4 like many others),
  // that share a lead byte with the text, of one and two characters, ASCII.
  const std::string pieces[] = {"对", "越", "南", "对外", "进行", "年", "a", "b", "。", "\xE5", "\xB9"};
  const std::string needles[] = {"对", "进行", "年", "a", "ba", "。", "对对", "南越南"};
  std::mt19937 rng(20261123);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (size_t k = rng() % 30; k > 0; --k) text += pieces[rng() % std::size(pieces)];
    CAPTURE(text);
    for (const std::string& needle : needles) {
      for (size_t from = 0; from <= text.size() + 4; ++from) {
        CAPTURE(needle);
        CAPTURE(from);
        REQUIRE(FindUtf8(text, needle, from) == std::string_view(text).find(needle, from));
      }
    }
  }
  CHECK(FindUtf8("", "对") == std::string_view::npos);
  CHECK(FindUtf8("对", "对", std::string_view::npos) == std::string_view::npos);
}

}  // namespace
}  // namespace bilat::text
