// The compiled alias matcher over seed sentences: leftmost-longest matches,
// Traditional folded to Simplified, Latin case-insensitive on word boundaries,
// offsets back into the original text.
#include <doctest/doctest.h>

#include "gazetteer/alias_matcher.h"
#include "test_util.h"
#include "text/normalize.h"

namespace bilat::gazetteer {
namespace {

// The original text of every match, joined by '|'.
std::string Matches(const Gazetteer& g, std::string_view original) {
  text::NormalizedText n = text::Normalize(original);
  std::string out;
  for (const auto& m : g.matcher().FindAll(n.text)) {
    size_t b = n.ToOriginal(m.begin), e = n.ToOriginal(m.end);
    if (!out.empty()) out += '|';
    out += original.substr(b, e - b);
  }
  return out;
}

struct Row {
  const char* text;
  const char* expected;
};

const Row kRows[] = {
    {"越南与朝鲜于1950年1月31日正式建立外交关系。", "越南|朝鲜"},
    {"越南與朝鮮於1950年1月31日正式建立外交關係。", "越南|朝鮮"},
    {"越共中央总书记苏林偕夫人和越南高级代表团", "越共中央总书记|苏林|越南"},
    {"朝鲜最高人民会议常任委员会委员长金永南(Kim Yong Nam)", "朝鲜最高人民会议常任委员会|委员长|金永南|Kim Yong Nam"},
    {"白俄罗斯共和国总统亚历山大·卢卡申科(Aleksandr Lukashenko)的邀请",
     "白俄罗斯共和国|总统|亚历山大·卢卡申科|Aleksandr Lukashenko"},
    {"TO LAM met Tomato Lamb", "TO LAM"},
    {"应中国共产党中央委员会总书记、中华人民共和国主席习近平的邀请", "中国共产党中央委员会总书记|中华人民共和国主席|习近平"},
};

TEST_CASE("alias matcher: seed sentences, leftmost-longest, folded") {
  const Gazetteer& g = testing::RepoGazetteer();
  for (const Row& row : kRows) {
    CAPTURE(std::string(row.text));
    CHECK(Matches(g, row.text) == std::string(row.expected));
  }
}

TEST_CASE("alias matcher: mechanics on a small key set") {
  AliasMatcher m;
  uint32_t a = m.AddKey("越南"), b = m.AddKey("越南共产党"), c = m.AddKey("to lam");
  CHECK(m.AddKey("越南") == a);
  m.Compile();
  auto found = m.FindAll("越南共产党与越南,to lam,tomato lamb");
  REQUIRE(found.size() == 3);
  CHECK(found[0].key == b);
  CHECK(found[1].key == a);
  CHECK(found[2].key == c);
  CHECK(m.Lookup("越南") == a);
  CHECK(m.Lookup("越") == -1);
}

TEST_CASE("alias matcher: every key at a position, keys beyond the BMP, bounds") {
  AliasMatcher m;
  uint32_t short_key = m.AddKey("会谈"), long_key = m.AddKey("会谈期间"), rare = m.AddKey("𠮷野家");
  m.Compile();
  std::string text = "举行会谈期间在𠮷野家";
  std::vector<std::pair<uint32_t, size_t>> at;
  m.ForEachAt(text, text.find("会谈"), [&](uint32_t key, size_t end) { at.push_back({key, end}); });
  REQUIRE(at.size() == 2);  // shortest first
  CHECK(at[0] == std::pair{short_key, text.find("会谈") + 6});
  CHECK(at[1] == std::pair{long_key, text.find("期间") + 6});
  auto found = m.FindAll(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].key == long_key);
  CHECK(found[1].key == rare);
  AliasMatcher::Match first;
  // Cut before 期间, the longer key does not fit.
  REQUIRE(m.LongestAt(text.substr(0, text.find("期间")), text.find("会谈"), &first));
  CHECK(first.key == short_key);
  CHECK_FALSE(m.MayStartAt(text, text.find("会谈") + 1));  // inside a character
  CHECK(m.FindAll(text.substr(0, text.size() - 1)).size() == 1);  // a cut last character ends the text
}

TEST_CASE("alias matcher: code points of every length, cut and stray bytes") {
  struct Case {
    std::string text;
    uint32_t code_point;
    size_t length;
  };
  const Case cases[] = {
      {"a", 'a', 1},          {"\x7F", 0x7F, 1},       {"é", 0xE9, 2},         {"越", 0x8D8A, 3},
      {"𠮷", 0x20BB7, 4},     {"\x80", 0xFFFF, 1},     {"\xBF", 0xFFFF, 1},   {"\xC3", 0xFFFF, 2},
      {"\xE8\xB6", 0xFFFF, 3}, {"\xF0\xA0\xAE", 0xFFFF, 4},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    size_t length = 0;
    CHECK(AliasMatcher::CodePointAt(c.text, 0, &length) == c.code_point);
    CHECK(length == c.length);
  }
}

// The longest key at `pos` by trying every key: what the trie must find.
int64_t LongestByEveryKey(const AliasMatcher& m, std::string_view text, size_t pos, size_t* end) {
  int64_t best = -1;
  for (uint32_t k = 0; k < m.key_count(); ++k) {
    const std::string& key = m.key(k);
    size_t e = pos + key.size();
    if (!text.substr(pos).starts_with(key) || (best >= 0 && e <= *end)) continue;
    if (AliasMatcher::GluedBefore(text, pos) || AliasMatcher::GluedAfter(text, e)) continue;
    best = k;
    *end = e;
  }
  return best;
}

TEST_CASE("alias matcher: LongestAt on the seed rows equals a try of every key") {
  const Gazetteer& g = testing::RepoGazetteer();
  const AliasMatcher& m = g.matcher();
  for (const Row& row : kRows) {
    std::string norm = text::Normalize(row.text).text;
    for (size_t pos = 0, length = 0; pos < norm.size(); pos += length) {
      AliasMatcher::CodePointAt(norm, pos, &length);
      AliasMatcher::Match found;
      size_t end = 0;
      int64_t expected = LongestByEveryKey(m, norm, pos, &end);
      CAPTURE(norm.substr(pos));
      REQUIRE(m.LongestAt(norm, pos, &found) == (expected >= 0));
      if (expected >= 0) CHECK((found.end == end && found.key == expected));
    }
  }
}

}  // namespace
}  // namespace bilat::gazetteer
