#include "link/scan_trie.h"

namespace bilat::link {

ScanTrie::ScanTrie(const gazetteer::AliasMatcher& aliases, const Lexicon& lexicon,
                   const gazetteer::AliasMatcher& short_forms) {
  for (uint32_t k = 0; k < aliases.key_count(); ++k) EntryFor(aliases.key(k)).alias = static_cast<int32_t>(k);
  const gazetteer::AliasMatcher& words = lexicon.words();
  for (uint32_t k = 0; k < words.key_count(); ++k) EntryFor(words.key(k)).sets |= lexicon.SetsOf(k);
  for (uint32_t k = 0; k < short_forms.key_count(); ++k) {
    std::string_view form = short_forms.key(k);
    if (form.empty()) continue;
    size_t first_length;
    gazetteer::AliasMatcher::CodePointAt(form, 0, &first_length);
    EntryFor(form.substr(0, first_length)).starts_short_form = true;
  }
  trie_.Compile();
  root_.resize(0x10000);
  for (uint32_t cp = 0; cp < root_.size(); ++cp) root_[cp] = trie_.Step(0, cp);
}

ScanTrie::Entry& ScanTrie::EntryFor(std::string_view key) {
  uint32_t index = trie_.AddKey(key);
  if (index >= entries_.size()) entries_.resize(index + 1);
  return entries_[index];
}

}  // namespace bilat::link
