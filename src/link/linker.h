// Linker: finds the mentions of one sentence: gazetteer aliases
// (leftmost-longest), titled people (a title, then a known or unknown name),
// Latin names in brackets that confirm or add a link, pair abbreviations
// (越中, 越老柬), one-character country verbs (访华, 来华, 中方) and the pair
// pronouns (两国, 双方); the sentence's dates and amounts come on first use.
// Immutable after construction; one Linker may serve many threads.
#pragma once

#include <span>
#include <string_view>

#include "gazetteer/gazetteer.h"
#include "link/lexicon.h"
#include "link/scan_trie.h"
#include "link/sentence_analysis.h"
#include "link/word_set.h"

namespace bilat::link {

class Linker {
 public:
  // The lexicon holds the sets searched in whole sentences: the pronouns
  // and `more_sets` (the rules'), so that one scan per sentence serves all.
  explicit Linker(const gazetteer::Gazetteer& gazetteer, const std::vector<std::string>& more_sets = {});

  // REQUIRES: original is valid UTF-8 and outlives the result.
  SentenceAnalysis Analyze(std::string_view original, const text::Sentence* sentence,
                           const text::DateContext& context) const;
  // The cheap part alone: normalization, gazetteer aliases and one-character
  // country forms (enough to count which countries an item names), into *s,
  // which it replaces, reusing its buffers (of a sentence analysed before).
  void AnalyzeAliases(std::string_view original, const text::Sentence* sentence, const text::DateContext& context,
                      SentenceAnalysis* s) const;
  // The rest, for sentences the relation rules will read: titled and
  // bracketed people, pronouns, people's countries (dates and amounts come
  // when first asked for: SentenceAnalysis::dates and ::amounts).
  void Complete(SentenceAnalysis* s) const;

  const gazetteer::Gazetteer& gazetteer() const { return gazetteer_; }
  const Lexicon& lexicon() const { return lexicon_; }

 private:
  // Per-thread buffers of one sentence's scan, reused from sentence to
  // sentence; the analysis swaps its mentions and words with them.
  struct Scratch {
    std::vector<Mention> mentions;
    // The one-character country forms the scan found, in text order.
    struct ShortForm {
      size_t pos;
      const gazetteer::Country* country;
    };
    std::vector<ShortForm> short_forms;
    WordHits words;
    std::vector<const gazetteer::Country*> run;  // a run of short forms
  };
  static Scratch& ThreadScratch();

  void ScanSentence(const SentenceAnalysis& s, Scratch* scratch) const;
  void AddAliasMention(const gazetteer::AliasMatcher::Match& match, const SentenceAnalysis& s,
                       std::vector<Mention>* mentions) const;
  void AddShortForms(const SentenceAnalysis& s, Scratch* scratch) const;
  void AddTitledPeople(SentenceAnalysis* s) const;
  void AddBracketedNames(SentenceAnalysis* s) const;
  void AddPronouns(SentenceAnalysis* s) const;
  void SetPeoplesCountries(SentenceAnalysis* s) const;
  static void MarkAttributives(SentenceAnalysis* s);

  Mention PersonMention(const SentenceAnalysis& s, size_t begin, size_t end, int person) const;
  int ChoosePerson(std::span<const gazetteer::AliasRef> refs, const Date& date) const;
  std::string_view OfficeOn(const gazetteer::Person& person, const Date& date) const;
  // End of an unknown name starting at `pos`, or `pos` when there is none.
  size_t ReadName(std::string_view norm, size_t pos) const;

  const gazetteer::Gazetteer& gazetteer_;
  Lexicon lexicon_;
  gazetteer::AliasMatcher short_forms_;  // one-character country forms (the scan finds those of three bytes)
  std::vector<const gazetteer::Country*> short_form_countries_;  // by short_forms_ key
  ScanTrie scan_trie_;  // aliases, lexicon words and short forms, walked at once
  WordSet pair_followers_, pronouns_, short_verbs_, name_stops_, name_blockers_;
};

}  // namespace bilat::link
