// Inputs on which a fuzz target of fuzz/ once failed, kept in
// tests/fuzz_regressions/ (named <target>-crash-<sha1 prefix>) and run here
// through the same path as the target, so that the bug stays fixed.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_util.h"
#include "text/article.h"
#include "text/decode.h"
#include "text/sentences.h"

namespace bilat::testing {
namespace {

TEST_CASE("fuzz regressions: normalize_fuzz inputs split and parse without crashing") {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(RepoPath("tests/fuzz_regressions"))) {
    std::string name = entry.path().filename().string();
    if (name.rfind("normalize-", 0) != 0) continue;
    CAPTURE(name);
    ++files;
    std::string text = ReadFile(entry.path());
    REQUIRE(text::IsValidUtf8(text));
    for (const text::Span& s : text::SplitSentences(text)) CHECK(s.end - s.begin <= text::kMaxSentenceBytes);
    text::Document doc = text::ParseArticle("fuzz", text, Date{2020, 1, 31});
    for (const text::Sentence& s : doc.sentences) CHECK((s.begin < s.end && s.end <= doc.text.size()));
  }
  CHECK(files > 0);
}

TEST_CASE("SplitSentences: an empty or inverted range holds no sentence (normalize-crash-1a44119b)") {
  // ParseArticle once passed an inverted range here (a dateline read past
  // （完）); cutting long runs looped on it.
  const std::string text(5000, 'a');
  CHECK(text::SplitSentences(text, 1409, 1400).empty());
  CHECK(text::SplitSentences(text, 7, 7).empty());
  CHECK(text::SplitSentences(text).size() == 2);
}

}  // namespace
}  // namespace bilat::testing
