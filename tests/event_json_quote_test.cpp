// Tests for AppendJsonString (extract/event_json.h), the quoting of every
// string in the JSON Lines `bilat extract` writes: its fast paths (blocks of
// 16 or 8 bytes, short strings tested at once, a buffer of its own) must
// give exactly what a plain byte-by-byte quoting gives.
#include "extract/event_json.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <iterator>
#include <random>
#include <string>
#include <string_view>

namespace bilat::extract {
namespace {

// One byte at a time, as ojson::dump() escapes: the seven bytes that have
// a letter of their own, the other control bytes as \u00XX.
std::string QuoteByteByByte(std::string_view s) {
  const std::string_view with_letter = "\"\\\b\f\n\r\t", letters = "\"\\bfnrt";
  std::string quoted = "\"";
  for (char c : s) {
    if (const size_t k = with_letter.find(c); k != std::string_view::npos) {
      quoted += '\\';
      quoted += letters[k];
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char code[7];
      std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(c));
      quoted += code;
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

// A random string of `length` bytes or a few more: mostly Chinese and ASCII,
// with quotes, backslashes, every control byte, DEL and four-byte UTF-8.
std::string RandomText(std::mt19937& rng, size_t length) {
  const std::string plain[] = {"中", "国", "访", "问", "a", "Z", "0", " ", "/", "é"};
  const std::string special[] = {"\"", "\\", "\x7f", "😀", "\xE4\xB8"};
  std::string text;
  while (text.size() < length) {
    const unsigned pick = rng() % 100;
    if (pick < 80) text += plain[rng() % std::size(plain)];
    else if (pick < 90) text += special[rng() % std::size(special)];
    else text += static_cast<char>(rng() % 0x20);
  }
  return text;
}

TEST_CASE("AppendJsonString quotes random strings as a byte-by-byte quoting does") {
  std::mt19937 rng(20261123);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = RandomText(rng, rng() % 101);
    std::string out = "{\"x\":";
    AppendJsonString(text, &out);
    CAPTURE(text);
    CHECK(out == "{\"x\":" + QuoteByteByByte(text));
  }
}

TEST_CASE("AppendJsonString quotes strings longer than its buffer") {
  std::mt19937 rng(7);
  for (size_t length : {2040, 2047, 2048, 2049, 4100, 9000}) {
    const std::string clean(length, 'a');
    const std::string mixed = RandomText(rng, length);
    const std::string controls(length, '\x01');  // each six bytes quoted
    for (const std::string& text : {clean, mixed, controls}) {
      std::string out;
      AppendJsonString(text, &out);
      CAPTURE(length);
      CHECK(out == QuoteByteByByte(text));
    }
  }
}

}  // namespace
}  // namespace bilat::extract
