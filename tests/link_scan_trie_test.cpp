// The merged scan trie: at every character of every seed sentence, the keys
// it reports are exactly the gazetteer's aliases, the lexicon's words and the
// one-character country forms that the three separate sources hold there.
#include <doctest/doctest.h>

#include <map>

#include "extract/triggers.h"
#include "link/scan_trie.h"
#include "test_util.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace bilat::link {
namespace {

using gazetteer::AliasMatcher;

AliasMatcher ShortForms(const gazetteer::Gazetteer& g) {
  AliasMatcher forms;
  for (const auto& country : g.countries())
    for (const auto& form : country.short_forms) forms.AddKey(text::NormalizeKey(form));
  forms.Compile();
  return forms;
}

// A found key as a comparable tuple: its end, alias key, sets, short form.
using Found = std::tuple<size_t, int32_t, uint64_t, int32_t>;

std::vector<Found> Separately(const AliasMatcher& aliases, const Lexicon& lexicon, const AliasMatcher& forms,
                              const std::string& text, size_t pos) {
  std::map<size_t, ScanTrie::Entry> by_end;
  aliases.ForEachAt(text, pos, [&](uint32_t key, size_t end) { by_end[end].alias = static_cast<int32_t>(key); });
  lexicon.words().ForEachAt(text, pos, [&](uint32_t key, size_t end) { by_end[end].sets |= lexicon.SetsOf(key); });
  for (uint32_t k = 0; k < forms.key_count(); ++k)
    if (forms.key(k).size() == 3 && text.compare(pos, 3, forms.key(k)) == 0)
      by_end[pos + 3].short_form = static_cast<int32_t>(k);
  std::vector<Found> found;
  for (const auto& [end, e] : by_end) found.emplace_back(end, e.alias, e.sets, e.short_form);
  return found;
}

std::vector<Found> Merged(const ScanTrie& trie, const std::string& text, size_t pos) {
  std::vector<Found> found;
  size_t length;
  uint32_t node = trie.StartAt(text, pos, &length);
  if (node == 0) return found;
  trie.ForEachFrom(text, node, pos + length, [&](const ScanTrie::Entry& e, size_t end) {
    found.emplace_back(end, e.alias, e.sets, e.short_form);
  });
  return found;
}

TEST_CASE("scan trie: finds at each character of the seed sentences what the three tries find apart") {
  const gazetteer::Gazetteer& g = testing::RepoGazetteer();
  Lexicon lexicon(g, extract::Triggers::SetNames());
  AliasMatcher forms = ShortForms(g);
  ScanTrie trie(g.matcher(), lexicon, forms);
  size_t aliases = 0, words = 0, short_forms = 0;
  for (const std::string& text : testing::NormalizedSeedSentences()) {
    for (size_t pos = 0; pos < text.size(); pos += text::Utf8Length(text[pos])) {
      std::vector<Found> expected = Separately(g.matcher(), lexicon, forms, text, pos);
      CAPTURE(text.substr(pos));
      REQUIRE(Merged(trie, text, pos) == expected);
      for (const auto& [end, alias, sets, short_form] : expected) {
        aliases += alias >= 0;
        words += sets != 0;
        short_forms += short_form >= 0;
      }
    }
  }
  CHECK(aliases > 300);
  CHECK(words > 300);
  CHECK(short_forms > 50);
}

}  // namespace
}  // namespace bilat::link
