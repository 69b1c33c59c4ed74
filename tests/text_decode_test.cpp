// Tests for text/decode.h: detection and conversion of GB18030, Big5 and
// UTF-16 copies of a bundled article (made here with ICU), and the errors.
#include "text/decode.h"

#include <doctest/doctest.h>
#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <iterator>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

#include "test_util.h"

namespace bilat::text {
namespace {

using namespace std::string_literals;

const std::string& Article() {
  static const std::string text = testing::ReadFile(testing::RepoPath("corpus/000_c9d220f43a1d733f.txt"));
  return text;
}

using testing::Encode;

// The article in Traditional characters, keeping the lines Big5 can encode.
std::string TraditionalBig5Subset() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> s2t(
      icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  std::istringstream lines(Article());
  std::string line, kept;
  while (std::getline(lines, line)) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
    s2t->transliterate(u);
    std::string traditional;
    u.toUTF8String(traditional);
    if (Encode(traditional, "Big5")) kept += traditional + "\n";
  }
  return kept;
}

std::string Decoded(const std::string& bytes, const std::string& encoding = "") {
  std::string out;
  Status s = DecodeToUtf8(bytes, "in.txt", DecodeOptions{encoding}, &out);
  CAPTURE(s.ToString());
  CHECK(s.ok());
  // Handing the bytes over (moved when UTF-8 already) decodes the same.
  std::string handed_over = bytes, out_of_handed_over;
  CHECK(DecodeToUtf8(std::move(handed_over), "in.txt", DecodeOptions{encoding}, &out_of_handed_over).ok());
  CHECK(out_of_handed_over == out);
  return out;
}

TEST_CASE("DecodeToUtf8 reads copies of an article in every plausible encoding") {
  const std::string& utf8 = Article();
  const std::string big5_text = TraditionalBig5Subset();
  CHECK(big5_text.size() > 1000);  // most of the article survives
  struct Row {
    const char* label;
    std::string bytes;
    std::string encoding;  // given, or "" to detect
    std::string expected;
  };
  const Row rows[] = {
      {"UTF-8", utf8, "", utf8},
      {"UTF-8 with BOM", "\xEF\xBB\xBF" + utf8, "", utf8},
      {"GB18030", *Encode(utf8, "GB18030"), "", utf8},
      {"Big5", *Encode(big5_text, "Big5"), "", big5_text},
      {"UTF-16LE with BOM", *Encode("\uFEFF" + utf8, "UTF-16LE"), "", utf8},
      {"UTF-16BE with BOM", *Encode("\uFEFF" + utf8, "UTF-16BE"), "", utf8},
      {"GB18030, given", *Encode(utf8, "GB18030"), "GB18030", utf8},
      {"Big5, given", *Encode(big5_text, "Big5"), "Big5", big5_text},
      {"UTF-16 with BOM, given", *Encode("\uFEFF" + utf8, "UTF-16LE"), "UTF-16", utf8},
      {"UTF-8 with BOM, given", "\xEF\xBB\xBF" + utf8, "UTF-8", utf8},
      {"UTF-16LE without BOM", *Encode("Vietnam News Agency 越通社\n", "UTF-16LE"), "",
       "Vietnam News Agency 越通社\n"},
      {"one Chinese line in GB18030", *Encode("越南与朝鲜于1950年1月31日正式建立外交关系。\n", "GB18030"),
       "", "越南与朝鲜于1950年1月31日正式建立外交关系。\n"},
  };
  for (const Row& row : rows) {
    std::string label = row.label;
    CAPTURE(label);
    CHECK(Decoded(row.bytes, row.encoding) == row.expected);
  }
}

TEST_CASE("DecodeToUtf8 names the first offending byte") {
  std::string damaged = Article();
  damaged[1000] = '\xFF';  // the third byte of 热 (E7 83 AD)
  std::string png = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"s;
  struct Row {
    const char* label;
    std::string bytes;
    std::string encoding;
    Status::Code code;
    const char* message;
  };
  const Row rows[] = {
      {"empty", "", "", Status::Code::kBadData, "in.txt: empty file"},
      {"PNG", png, "", Status::Code::kBadData, "in.txt: byte 8: binary data (NUL byte)"},
      {"NUL in text", "越南\0朝鲜"s, "", Status::Code::kBadData,
       "in.txt: byte 6: binary data (NUL byte)"},
      {"damaged UTF-8", damaged, "", Status::Code::kBadData,
       "in.txt: byte 998: invalid UTF-8 (E7 83 FF; nor is it GB18030, Big5 or UTF-16)"},
      {"truncated at the end", "越南与朝鲜\xE9\xB2", "", Status::Code::kBadData,
       "in.txt: byte 15: truncated UTF-8 sequence at the end (E9 B2)"},
      {"truncated after E0", "越南\xE0", "", Status::Code::kBadData,
       "in.txt: byte 6: truncated UTF-8 sequence at the end (E0)"},
      {"truncated after a BOM", "\xEF\xBB\xBF越南\xF0\x9F\x98", "", Status::Code::kBadData,
       "in.txt: byte 9: truncated UTF-8 sequence at the end (F0 9F 98)"},
      {"bad UTF-8 after a BOM", "\xEF\xBB\xBF越南\xC0\xAF", "", Status::Code::kBadData,
       "in.txt: byte 9: invalid UTF-8 (C0)"},
      {"NUL in UTF-16", *Encode("\uFEFF越南"s + '\0', "UTF-16LE"), "", Status::Code::kBadData,
       "in.txt: byte 6: binary data (NUL byte)"},
      {"invalid Big5, given", "\xA4\xA4\x81\x30", "Big5", Status::Code::kBadData,
       "in.txt: byte 2: invalid Big5 (81)"},
      {"invalid UTF-8, given", "ab\x80", "UTF-8", Status::Code::kBadData,
       "in.txt: byte 2: invalid UTF-8 (80)"},
      {"unknown encoding", "abc", "KLINGON-8", Status::Code::kUsage,
       "unknown encoding 'KLINGON-8'"},
  };
  for (const Row& row : rows) {
    std::string label = row.label;
    CAPTURE(label);
    std::string out;
    Status s = DecodeToUtf8(row.bytes, "in.txt", DecodeOptions{row.encoding}, &out);
    CHECK(s.code() == row.code);
    CHECK(s.ToString() == row.message);
  }
}

TEST_CASE("IsValidUtf8 finds the first bad sequence") {
  struct Row {
    std::string bytes;
    bool valid;
    size_t first_bad;
  };
  const Row rows[] = {
      {"", true, 0},
      {"abc", true, 0},
      {"越通社河内——", true, 0},
      {"\xF0\x9F\x98\x80", true, 0},          // U+1F600
      {"12345678\x80", false, 8},             // after the 8-byte ASCII skip
      {"a\xC0\xAF", false, 1},                // overlong '/'
      {"a\xE0\x80\xAF", false, 1},            // overlong, 3 bytes
      {"\xED\xA0\x80", false, 0},             // a surrogate
      {"\xF4\x90\x80\x80", false, 0},         // above U+10FFFF
      {"越南\xE4\xB8", false, 6},             // truncated
      {"越\xBA南", false, 3},                 // stray continuation byte
      {"\xFE", false, 0},
      {"越南abcdefghij\xE4\x41\x80", false, 16},  // a lead byte without continuation after ASCII
      {"越南\xE4\xB8\x41", false, 6},             // a three-byte run cut by ASCII
      {"\xE0\xA0\x80\xEF\xBF\xBF\xED\x9F\xBF", true, 0},  // U+0800, U+FFFF, U+D7FF
      {"\xEE\x80\x80\xED\xBF\xBF", false, 3},   // U+E000, then a surrogate
  };
  for (const Row& row : rows) {
    CAPTURE(row.bytes);
    size_t bad = 0;
    CHECK(IsValidUtf8(row.bytes, &bad) == row.valid);
    if (!row.valid) CHECK(bad == row.first_bad);
  }
}

// The first bad offset by the table of well-formed byte sequences in the
// Unicode standard (Table 3-7), one sequence at a time, or npos.
size_t FirstBadByTable(std::string_view bytes) {
  struct Form {
    unsigned char lead_lo, lead_hi, second_lo, second_hi;
    size_t length;
  };
  constexpr Form kForms[] = {
      {0x00, 0x7F, 0, 0, 1},       {0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3},
      {0xE1, 0xEC, 0x80, 0xBF, 3}, {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3},
      {0xF0, 0xF0, 0x90, 0xBF, 4}, {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4},
  };
  auto byte = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  for (size_t i = 0; i < bytes.size();) {
    const Form* form = nullptr;
    for (const Form& f : kForms)
      if (byte(i) >= f.lead_lo && byte(i) <= f.lead_hi) form = &f;
    if (form == nullptr || bytes.size() - i < form->length) return i;
    bool ok = form->length == 1 || (byte(i + 1) >= form->second_lo && byte(i + 1) <= form->second_hi);
    for (size_t k = 2; k < form->length; ++k) ok = ok && (byte(i + k) & 0xC0) == 0x80;
    if (!ok) return i;
    i += form->length;
  }
  return std::string_view::npos;
}

TEST_CASE("IsValidUtf8 agrees with the table of well-formed sequences on random text") {
  // Mostly runs of Chinese (the 48-byte fast path), mixed with ASCII, other
  // lengths, the edge lead bytes E0 and ED, and a little damage.
  const std::string pieces[] = {"越", "南", "，", "。", "a", " ", "\n", "é", "\xF0\x9F\x98\x80",
                                "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEF\xBF\xBF"};
  const std::string damage[] = {"\x80", "\xE4\xB8", "\xED\xA0\x80", "\xE0\x80\xAF", "\xC0\xAF",
                                "\xFF", "\xE4\x41\x80", "\xF4\x90\x80\x80"};
  std::mt19937 rng(20261122);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t length = rng() % 300;
    while (text.size() < length) {
      const unsigned roll = rng() % 1000;
      if (roll < 850) text += pieces[rng() % 4];
      else if (roll < 990) text += pieces[rng() % std::size(pieces)];
      else text += damage[rng() % std::size(damage)];
    }
    if (rng() % 4 == 0 && !text.empty()) text.pop_back();  // cut short at the end
    CAPTURE(text);
    const size_t expected = FirstBadByTable(text);
    size_t bad = 0;
    CHECK(IsValidUtf8(text, &bad) == (expected == std::string_view::npos));
    if (expected != std::string_view::npos) CHECK(bad == expected);
  }
}

}  // namespace
}  // namespace bilat::text
