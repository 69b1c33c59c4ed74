// Tests for text/normalize.h: NFKC, space fold, Traditional fold, lowercase,
// and the map back to original offsets.
#include "text/normalize.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace bilat::text {
namespace {

struct Row {
  const char* input;
  const char* expected;
};

TEST_CASE("Normalize folds width, spaces, script and case") {
  const Row rows[] = {
      // NFKC: full-width digits, letters, brackets.
      {"２０１９年", "2019年"},
      {"（越南）", "(越南)"},
      {"越南与朝鲜于１９５０年１月３１日正式建立外交关系", "越南与朝鲜于1950年1月31日正式建立外交关系"},
      {"金永南（Ｋｉｍ　Ｙｏｎｇ　Ｎａｍ）", "金永南(kim yong nam)"},
      {"ＳＹＲＥ集团", "syre集团"},
      {"增长２４．６％", "增长24.6%"},
      {"㎏", "kg"},
      {"①", "1"},
      {"Ⅻ", "xii"},
      {"ﬁ", "fi"},
      {"\xEF\xA4\x80", "岂"},  // U+F900 compatibility ideograph → 豈 → 岂
      // Spaces of every kind become ' '; line breaks stay.
      {"越南\u3000河内", "越南 河内"},
      {"a\u00A0b", "a b"},
      {"a\u2002b\u2009c", "a b c"},
      {"a\tb", "a b"},
      {"越通社\n更多", "越通社\n更多"},
      // Invisible format characters are dropped.
      {"越\u200B南", "越南"},
      {"\uFEFF越南", "越南"},
      {"Tô\u00ADLâm", "tôlâm"},
      // Traditional → Simplified.
      {"越南與朝鮮", "越南与朝鲜"},
      {"越共中央總書記阮富仲訪問中國", "越共中央总书记阮富仲访问中国"},
      {"兩國雙邊貿易額", "两国双边贸易额"},
      {"胡志明主席與朝鮮領導人金日成", "胡志明主席与朝鲜领导人金日成"},
      {"《越南-朝鮮貿易協定》", "《越南-朝鲜贸易协定》"},
      {"臺灣", "台湾"},
      {"「核心領導」", "“核心领导”"},
      // Lowercase, Latin with diacritics kept.
      {"Tô Lâm", "tô lâm"},
      {"NGUYỄN PHÚ TRỌNG", "nguyễn phú trọng"},
      {"Ri Yong Ho", "ri yong ho"},
      {"Ezequiel Ramoneda", "ezequiel ramoneda"},
      {"AgriVMA", "agrivma"},
      {"ΑΘΗΝΑ", "αθηνα"},
      {"Москва", "москва"},
      // Decomposed input composes: Vietnamese in NFD.
      {"To\u0302 La\u0302m", "tô lâm"},
      {"Nguye\u0302\u0303n", "nguyễn"},
      {"TRO\u0323\u0302NG", "tr\u1ED9ng"},  // O + dot below + circumflex → ộ
      {"TRO\u0302\u0323NG", "tr\u1ED9ng"},  // marks in the other order reorder first
      {"\u1112\u1161\u11AB", "한"},           // Hangul jamo compose
      {"\u0302a", "\u0302a"},                 // a mark with no base stays
      // Unchanged text.
      {"越通社河内——越南与朝鲜", "越通社河内——越南与朝鲜"},
      {"", ""},
  };
  for (const Row& row : rows) {
    std::string input = row.input;
    CAPTURE(input);
    NormalizedText n = Normalize(row.input);
    CHECK(n.text == row.expected);
    CHECK(NormalizeKey(row.input) == row.expected);
    CHECK(n.ToOriginal(n.text.size()) == std::string_view(row.input).size());
  }
}

// ToOriginal of every normalized byte, and of the end.
std::vector<uint32_t> Origins(const NormalizedText& n) {
  std::vector<uint32_t> origins;
  for (size_t k = 0; k <= n.text.size(); ++k) origins.push_back(static_cast<uint32_t>(n.ToOriginal(k)));
  return origins;
}

TEST_CASE("Normalize keeps the origin of every byte") {
  struct OriginRow {
    const char* input;
    std::vector<uint32_t> origin;
  };
  const OriginRow rows[] = {
      // '2' '0' '1' '9' from the 3-byte full-width digits, then 年.
      {"２０１９年", {0, 3, 6, 9, 12, 12, 12, 15}},
      // 與 (3 bytes) → 与 (3 bytes) at the same place.
      {"與A", {0, 0, 0, 3, 4}},
      // 'o' + U+0302 compose: both bytes of ô come from the 'o'.
      {"To\u0302", {0, 1, 1, 4}},
      // U+200B is dropped: no byte points to it.
      {"a\u200Bb", {0, 4, 5}},
      // ㎏ expands to two bytes, both from it.
      {"㎏", {0, 0, 3}},
      // A run of ideographs, each byte from its own character; a mark after
      // the run joins the run's last character.
      {"越南a", {0, 0, 0, 3, 3, 3, 6, 7}},
      {"越南\u0301", {0, 0, 0, 3, 3, 3, 3, 3, 8}},
  };
  for (const OriginRow& row : rows) {
    std::string input = row.input;
    CAPTURE(input);
    CHECK(Origins(Normalize(row.input)) == row.origin);
  }
}

TEST_CASE("Normalize anchors origins only where the correspondence shifts") {
  // Unchanged text, Traditional folded at the same length, ASCII lower-cased:
  // one anchor for the whole sentence.
  CHECK(Normalize("越通社河内——越南與朝鮮 Hanoi").anchors == std::vector<OriginAnchor>{{0, 0, false}});
  // Each full-width digit shrinks to one byte: the next character shifts.
  CHECK(Normalize("２０年").anchors == std::vector<OriginAnchor>{{0, 0, false}, {1, 3, false}, {2, 6, false}});
  // An expansion is one anchor for all its bytes, then the text goes on.
  CHECK(Normalize("a㎏b").anchors == std::vector<OriginAnchor>{{0, 0, false}, {1, 1, true}, {3, 4, false}});
}

TEST_CASE("Normalize of random text equals the joined normalizations of its pieces") {
  // Cut before every ideograph (a starter nothing joins), the pieces are
  // normalized one character run at a time; the whole text goes through the
  // long-run and 48-byte block paths. Besides ideographs: characters that
  // fold or expand, Hangul (lead bytes EA and ED) with a trailing jamo that
  // composes with it, U+0800 (lead byte E0), marks, spaces, ASCII.
  const std::string ideographs[] = {"越", "南", "中", "国"};
  const std::string others[] = {"國", "１", "Ａ", "。", "，", "가", "퀀", "\u11A8", "\u0800", "e",
                                "\u0301", "\u3000", "\u200B", " ", "\n", "A", "7", "é", "㎏"};
  std::mt19937 rng(20261122);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::string> pieces = {""};
    std::string text;
    const size_t length = rng() % 400;
    while (text.size() < length) {
      const bool ideograph = rng() % 100 < 85;
      const std::string& c = ideograph ? ideographs[rng() % 4] : others[rng() % std::size(others)];
      if (ideograph) pieces.emplace_back();
      pieces.back() += c;
      text += c;
    }
    CAPTURE(text);
    std::string joined;
    std::vector<uint32_t> joined_origins;
    uint32_t offset = 0;
    for (const std::string& piece : pieces) {
      NormalizedText n = Normalize(piece);
      joined += n.text;
      const std::vector<uint32_t> origins = Origins(n);
      for (size_t k = 0; k < n.text.size(); ++k) joined_origins.push_back(origins[k] + offset);
      offset += static_cast<uint32_t>(piece.size());
    }
    joined_origins.push_back(offset);
    NormalizedText whole = Normalize(text);
    CHECK(whole.text == joined);
    CHECK(Origins(whole) == joined_origins);
    CHECK(NormalizeKey(text) == whole.text);
  }
}

// The watched code points of utf8 in order, each maximal run of other text
// as one '_'.
std::u32string WatchedSkeleton(std::string_view utf8, std::u32string_view watched) {
  std::u32string skeleton;
  for (size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = len == 1 ? b : b & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) c = c << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    if (watched.find(c) != watched.npos) skeleton += c;
    else if (skeleton.empty() || skeleton.back() != U'_') skeleton += U'_';
    i += len;
  }
  return skeleton;
}

TEST_CASE("NormalizationWatch::Keeps only where normalization keeps the watched characters") {
  const std::u32string watched = U"0123456789./年至丑-—";
  const NormalizationWatch watch(watched);
  // Kept: plain ideographs, ASCII, brackets and letters that fold to unwatched text.
  CHECK(watch.Keeps("越南与朝鲜于1950年1月31日（正式）AB\tc國"));
  CHECK(watch.Keeps(""));
  // Not kept: full-width digits, a dropped character, a joining mark, a fold to 丑.
  for (std::string_view s : {"１", "2\u200B0", "2\u0301", "醜", "\uFE63", "①", "\u3000\u2F84"}) {
    CAPTURE(s);
    CHECK_FALSE(watch.Keeps(s));
  }
  // Random text: where Keeps says so, the watched characters and the gaps
  // between them survive normalization.
  const std::string pieces[] = {"越", "南", "年", "至", "丑", "醜", "1", "9", ".", "/", "-", "—", "－", "１",
                                "（", "，", "國", "Ａ", "A", "\t", "\u200B", "\u0301", "①", "㋀", "\u3000",
                                "\u2F84", "\uFE58", "\U0001D7D0", "\U00020000", "é", "가", "\u11A8", "ﬁ"};
  std::mt19937 rng(20260321);
  int kept = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    for (size_t length = rng() % 12; text.size() < length;) {
      text += rng() % 3 == 0 ? pieces[rng() % std::size(pieces)] : pieces[rng() % 6];
    }
    CAPTURE(text);
    if (!watch.Keeps(text)) continue;
    ++kept;
    CHECK(WatchedSkeleton(text, watched) == WatchedSkeleton(NormalizeKey(text), watched));
  }
  CHECK(kept > 1000);
}

TEST_CASE("Normalize maps a normalized match back onto the original") {
  const std::string original = "越南與朝鮮于１９５０年１月３１日正式建立外交關係";
  NormalizedText n = Normalize(original);
  size_t at = n.text.find("1950年");
  REQUIRE(at != std::string::npos);
  size_t end = at + std::string_view("1950年").size();
  CHECK(original.substr(n.ToOriginal(at), n.ToOriginal(end) - n.ToOriginal(at)) == "１９５０年");
}

TEST_CASE("Normalize is idempotent on the corpus") {
  for (const char* name : {"000_c9d220f43a1d733f.txt", "001_6f535ffbc21a5a93.txt",
                           "002_6e778e33fda27ef2.txt", "003_2aafa08a30cca0c9.txt",
                           "004_5a876704dde407d5.txt"}) {
    std::string file = name;
    CAPTURE(file);
    std::ifstream in(std::string(BILAT_REPO_DIR) + "/corpus/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string once = NormalizeKey(buf.str());
    CHECK(NormalizeKey(once) == once);
  }
}

// Throughput on corpus text repeated to ~50 MB. Skipped by default; run a
// Release build with: bilat_tests -tc='*throughput*' --no-skip
TEST_CASE("Normalize throughput" * doctest::skip()) {
  std::string sample;
  for (const char* name : {"000_c9d220f43a1d733f.txt", "001_6f535ffbc21a5a93.txt",
                           "002_6e778e33fda27ef2.txt", "003_2aafa08a30cca0c9.txt",
                           "004_5a876704dde407d5.txt"}) {
    std::ifstream in(std::string(BILAT_REPO_DIR) + "/corpus/" + name, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    sample += buf.str();
  }
  auto t0 = std::chrono::steady_clock::now();
  Normalize("x");  // builds the table
  auto t1 = std::chrono::steady_clock::now();
  std::string big;
  while (big.size() < 50'000'000) big += sample;
  auto t2 = std::chrono::steady_clock::now();
  NormalizedText n = Normalize(big);
  auto t3 = std::chrono::steady_clock::now();
  std::string key = NormalizeKey(big);
  auto t4 = std::chrono::steady_clock::now();
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  double mb = static_cast<double>(big.size()) / 1e6;
  std::printf("table start-up %.1f ms; Normalize %.0f MB/s; NormalizeKey %.0f MB/s (%.0f MB)\n",
              ms(t0, t1), mb / ms(t2, t3) * 1000, mb / ms(t3, t4) * 1000, mb);
  CHECK(n.text == key);
}

}  // namespace
}  // namespace bilat::text
