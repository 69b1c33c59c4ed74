// The double-array trie reports, at every position of a text, exactly the
// keys a hash trie (AliasMatcher) with the same keys finds there: random key
// sets over mixed scripts (prefixes of each other, supplementary code points)
// on random text with stray bytes, and the gazetteer's aliases on the seeds.
#include <doctest/doctest.h>

#include <random>
#include <set>

#include "gazetteer/alias_matcher.h"
#include "link/double_array_trie.h"
#include "test_util.h"
#include "text/utf8.h"

namespace bilat::link {
namespace {

using gazetteer::AliasMatcher;
using Found = std::vector<std::pair<uint32_t, size_t>>;  // (key, end)

Found ByHashTrie(const AliasMatcher& matcher, const std::string& text, size_t pos) {
  Found found;
  matcher.ForEachAt(text, pos, [&](uint32_t key, size_t end) { found.emplace_back(key, end); });
  return found;
}

Found ByDoubleArray(const DoubleArrayTrie& trie, const std::string& text, size_t pos) {
  Found found;
  size_t length = 0, decoded_length = 0;
  const uint32_t node = trie.StartAt(text, pos, &length);
  REQUIRE(node == trie.Start(AliasMatcher::CodePointAt(text, pos, &decoded_length)));
  REQUIRE(length == decoded_length);
  if (node != 0) trie.ForEachFrom(text, node, pos + length, [&](uint32_t key, size_t end) { found.emplace_back(key, end); });
  return found;
}

// Both tries over `keys`, compared at every byte of every text.
size_t CompareEverywhere(const std::vector<std::string>& keys, const std::vector<std::string>& texts) {
  AliasMatcher matcher;
  for (const std::string& key : keys) REQUIRE(matcher.AddKey(key) == static_cast<uint32_t>(&key - keys.data()));
  matcher.Compile();
  const DoubleArrayTrie trie(std::vector<std::string_view>(keys.begin(), keys.end()));
  size_t hits = 0;
  for (const std::string& text : texts) {
    for (size_t pos = 0; pos < text.size(); ++pos) {
      const Found expected = ByHashTrie(matcher, text, pos);
      CAPTURE(text.substr(pos));
      REQUIRE(ByDoubleArray(trie, text, pos) == expected);
      hits += expected.size();
    }
  }
  return hits;
}

// Random strings over a small alphabet of mixed scripts, so that keys share
// prefixes and texts hold many keys.
std::string RandomString(std::mt19937& rng, size_t max_length) {
  static const std::vector<std::string> kAlphabet = {"a", "b", "z", " ", "7", "ệ", "ơ", "越", "南", "国",
                                                     "访", "问", "𠀀", "𪚥", "·", "（"};
  std::string s;
  const size_t length = 1 + rng() % max_length;
  for (size_t i = 0; i < length; ++i) s += kAlphabet[rng() % kAlphabet.size()];
  return s;
}

TEST_CASE("double-array trie: random mixed-script keys are found where the hash trie finds them") {
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::set<std::string> distinct;
    while (distinct.size() < 1 + static_cast<size_t>(round) * 15) distinct.insert(RandomString(rng, 5));
    const std::vector<std::string> keys(distinct.begin(), distinct.end());
    std::vector<std::string> texts;
    for (int t = 0; t < 10; ++t) {
      std::string text = RandomString(rng, 60);
      if (t % 3 == 0) text.insert(text.begin() + static_cast<std::ptrdiff_t>(rng() % text.size()), static_cast<char>(0x80));  // a stray continuation byte
      texts.push_back(text);
    }
    CHECK(CompareEverywhere(keys, texts) > 0);
  }
}

TEST_CASE("double-array trie: past 2^16 units, walks confirm the two-byte checks and stay exact") {
  // 40,000 keys of 2-5 ideographs out of 1,500: some 100,000 nodes. Texts
  // are keys and their prefixes run together, so that walks go deep and
  // also fail at many units. This pins that the full checks, kept past 2^16
  // units, answer as the hash trie does; whether a two-byte check alone
  // would err on these texts depends on the layout.
  std::mt19937 rng(11);
  auto ideograph = [&rng] {
    std::string c;
    const char32_t cp = 0x4E00 + rng() % 1500;
    c += static_cast<char>(0xE0 | cp >> 12);
    c += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    c += static_cast<char>(0x80 | (cp & 0x3F));
    return c;
  };
  std::set<std::string> distinct;
  while (distinct.size() < 40000) {
    std::string key;
    for (size_t n = 2 + rng() % 4; n > 0; --n) key += ideograph();
    distinct.insert(key);
  }
  const std::vector<std::string> keys(distinct.begin(), distinct.end());
  const DoubleArrayTrie trie(std::vector<std::string_view>(keys.begin(), keys.end()));
  REQUIRE(trie.unit_count() > 0xFFFF);
  std::vector<std::string> texts;
  for (int t = 0; t < 40; ++t) {
    std::string text;
    for (int k = 0; k < 30; ++k) text += rng() % 2 ? keys[rng() % keys.size()].substr(0, 3 * (1 + rng() % 4)) : ideograph();
    texts.push_back(text);
  }
  CHECK(CompareEverywhere(keys, texts) > 100);
}

TEST_CASE("double-array trie: the gazetteer's aliases are found in the seed sentences as by the hash trie") {
  const AliasMatcher& aliases = testing::RepoGazetteer().matcher();
  std::vector<std::string> keys;
  for (uint32_t k = 0; k < aliases.key_count(); ++k) keys.push_back(aliases.key(k));
  CHECK(CompareEverywhere(keys, testing::NormalizedSeedSentences()) > 300);
}

TEST_CASE("double-array trie: a key given twice or an empty key is refused") {
  CHECK_THROWS_AS(DoubleArrayTrie({"越南", "越南"}), std::invalid_argument);
  CHECK_THROWS_AS(DoubleArrayTrie({""}), std::invalid_argument);
  const DoubleArrayTrie none({});
  CHECK(none.Start(U'越') == 0);
}

}  // namespace
}  // namespace bilat::link
