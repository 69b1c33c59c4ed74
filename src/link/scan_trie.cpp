#include "link/scan_trie.h"

#include <unordered_map>

namespace bilat::link {
namespace {

std::vector<std::string_view> Views(const std::vector<std::string>& keys) {
  return std::vector<std::string_view>(keys.begin(), keys.end());
}

}  // namespace

ScanTrie::ScanTrie(const gazetteer::AliasMatcher& aliases, const Lexicon& lexicon,
                   const gazetteer::AliasMatcher& short_forms)
    : ScanTrie(Merge(aliases, lexicon, short_forms)) {}

ScanTrie::ScanTrie(Keys merged) : entries_(std::move(merged.entries)), trie_(Views(merged.keys)) {}

ScanTrie::Keys ScanTrie::Merge(const gazetteer::AliasMatcher& aliases, const Lexicon& lexicon,
                               const gazetteer::AliasMatcher& short_forms) {
  Keys merged;
  std::unordered_map<std::string, size_t> index;
  auto entry_for = [&](std::string_view key) -> Entry& {
    auto [it, added] = index.try_emplace(std::string(key), merged.keys.size());
    if (added) {
      merged.keys.emplace_back(key);
      merged.entries.emplace_back();
    }
    return merged.entries[it->second];
  };
  for (uint32_t k = 0; k < aliases.key_count(); ++k) entry_for(aliases.key(k)).alias = static_cast<int32_t>(k);
  const gazetteer::AliasMatcher& words = lexicon.words();
  for (uint32_t k = 0; k < words.key_count(); ++k) entry_for(words.key(k)).sets |= lexicon.SetsOf(k);
  for (uint32_t k = 0; k < short_forms.key_count(); ++k)
    if (short_forms.key(k).size() == 3) entry_for(short_forms.key(k)).short_form = static_cast<int32_t>(k);
  return merged;
}

}  // namespace bilat::link
