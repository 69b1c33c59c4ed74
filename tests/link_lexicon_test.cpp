// The one-pass trigger lexicon: for every seed sentence and every word set
// the rules search, looking words up in the WordHits the linker's scan gives
// the sentence finds what a plain scan of the text (the longest word at each
// character, in order) finds, from every word boundary and to every bound.
#include <doctest/doctest.h>


#include "extract/triggers.h"
#include "link/lexicon.h"
#include "link/linker.h"
#include "test_util.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace bilat::link {
namespace {

// The trigger words the linker finds in `text`, already normalized.
WordHits WordsOf(const Linker& linker, std::string_view text) {
  SentenceAnalysis s;
  linker.AnalyzeAliases(text, nullptr, {}, &s);
  REQUIRE(s.norm() == text);  // offsets into `text`
  return s.words;
}

// Positions worth asking from: the ends of the text and of every hit.
std::vector<size_t> Probes(const std::string& text, const WordSet& all, const WordHits& hits) {
  std::vector<size_t> probes{0, text.size()};
  size_t length = 0;
  for (size_t pos = all.Find(hits, 0, text.size(), &length); pos != std::string::npos;
       pos = all.Find(hits, pos + 1, text.size(), &length)) {
    probes.push_back(pos);
    probes.push_back(pos + length);
  }
  return probes;
}

// The reference: the first character in [from, to) where a word of `set`
// starts and ends by `to` (nothing after `to` is looked at), or npos.
size_t ScanFor(const WordSet& set, std::string_view text, size_t from, size_t to, size_t* length) {
  std::string_view bounded = text.substr(0, to);
  for (size_t pos = from; pos < to; pos += text::Utf8Length(text[pos]))
    if ((*length = set.MatchAt(bounded, pos)) > 0) return pos;
  return std::string::npos;
}

void CheckSameAsScan(const WordSet& set, const std::string& text, const WordHits& hits,
                     const std::vector<size_t>& probes) {
  for (size_t from : probes)
    for (size_t to : probes) {
      if (to < from) continue;
      size_t scan_length = 0, hit_length = 0;
      size_t scanned = ScanFor(set, text, from, to, &scan_length);
      size_t looked_up = set.Find(hits, from, to, &hit_length);
      CAPTURE(text);
      CAPTURE(from);
      CAPTURE(to);
      REQUIRE(looked_up == scanned);
      if (scanned != std::string::npos) REQUIRE(hit_length == scan_length);
    }
}

TEST_CASE("lexicon: hits answer every search as a scan of the seed sentences does") {
  const gazetteer::Gazetteer& g = testing::RepoGazetteer();
  Linker linker(g, extract::Triggers::SetNames());
  extract::Triggers t(g, linker.lexicon());
  const WordSet* searched[] = {&t.visit_nouns, &t.planned_markers, &t.meeting_verbs, &t.meeting_joiners,
                               &t.guest_markers, &t.trade_bilateral, &t.trade_export, &t.trade_import,
                               &t.trade_value_verbs, &t.trade_excluders, &t.agreement_verbs, &t.agreement_nouns,
                               &t.agreement_not_signed, &t.during_markers, &t.relations_established,
                               &t.anniversary, &t.aid_verbs, &t.aid_markers, &t.aid_distributive, &t.anchors};
  std::vector<std::string> sentences = testing::NormalizedSeedSentences();
  REQUIRE(sentences.size() > 200);
  size_t with_hits = 0;
  for (const std::string& text : sentences) {
    WordHits hits = WordsOf(linker, text);
    with_hits += !hits.empty();
    std::vector<size_t> probes = Probes(text, t.anchors, hits);
    for (const WordSet* set : searched) CheckSameAsScan(*set, text, hits, probes);
  }
  CHECK(with_hits > sentences.size() / 2);
}

// The reference for MatchEndingAt: the longest word of `words` whose bytes
// end at `end`.
size_t LongestEndingAt(const std::vector<std::string>& words, std::string_view text, size_t end) {
  size_t longest = 0;
  for (const std::string& w : words) {
    std::string n = text::NormalizeKey(w);
    if (n.size() <= end && n.size() > longest && text.substr(end - n.size(), n.size()) == n) longest = n.size();
  }
  return longest;
}

TEST_CASE("word set: the longest word ending at each character of the seed sentences, as a plain scan finds it") {
  std::vector<std::string> words = {"访问", "国事访问", "出访", "访", "会见", "问", "ab", "b", "越南"};
  WordSet set(words);
  size_t matched = 0;
  for (const std::string& text : testing::NormalizedSeedSentences()) {
    for (size_t end = 0; end <= text.size(); ++end) {
      if (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) continue;
      CAPTURE(text);
      CAPTURE(end);
      size_t expected = LongestEndingAt(words, text, end);
      REQUIRE(set.MatchEndingAt(text, end) == expected);
      matched += expected > 0;
    }
  }
  CHECK(matched > 50);
  CHECK(set.MatchEndingAt("xab", 3) == 2);
  CHECK(set.MatchEndingAt("", 0) == 0);
}

TEST_CASE("lexicon: Latin words match on word boundaries only, as in a scan") {
  const gazetteer::Gazetteer& g = testing::RepoGazetteer();
  Linker linker(g, extract::Triggers::SetNames());
  extract::Triggers t(g, linker.lexicon());
  for (std::string text : {"贸易额达5亿usd。", "busd", "usdx 与 usd", "达到1亿usda"}) {
    text = text::Normalize(text).text;
    WordHits hits = WordsOf(linker, text);
    size_t length = 0;
    CHECK(t.anchors.Find(hits, 0, text.size()) == ScanFor(t.anchors, text, 0, text.size(), &length));
  }
  WordHits hits = WordsOf(linker, "busd");
  CHECK_FALSE(t.anchors.Contains(hits, 0, 4));
  hits = WordsOf(linker, "usdx");
  CHECK(t.anchors.Contains(hits, 0, 3));   // the bound ends the text: nothing follows
  CHECK_FALSE(t.anchors.Contains(hits, 0, 4));
}

TEST_CASE("lexicon: sets are bits; unknown names have none; at most 64 sets") {
  const gazetteer::Gazetteer& g = testing::RepoGazetteer();
  Linker linker(g, {"meeting_verbs", "aid_verbs"});  // and the linker's pair_pronouns, bit 4
  const Lexicon& lexicon = linker.lexicon();
  CHECK(lexicon.Mask({"meeting_verbs"}) == 1);
  CHECK(lexicon.Mask({"aid_verbs", "meeting_verbs"}) == 3);
  CHECK(lexicon.Mask({"no_such_set"}) == 0);
  std::string text = text::Normalize("越中两国领导人举行会谈并提供援助").text;
  WordHits hits = WordsOf(linker, text);
  size_t length = 0;
  CHECK(hits.Find(1, 0, text.size(), &length) == text.find("举行会谈"));
  CHECK(length == std::string("举行会谈").size());
  CHECK(hits.Find(1, text.find("会谈"), text.size(), &length) == text.find("会谈"));
  CHECK(hits.Find(2, 0, text.size()) == text.find("提供"));
  CHECK(hits.Find(1, 0, text.find("会谈") + 3) == std::string::npos);  // 会谈 does not fit before the bound
  std::vector<std::string> many(65, "meeting_verbs");
  CHECK_THROWS_AS(Lexicon(g, many), std::length_error);
}

}  // namespace
}  // namespace bilat::link
