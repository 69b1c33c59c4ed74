// Extractor: all relation rules over one parsed article. Links every
// sentence, works out the pair of countries each item (article or teaser) is
// about, runs the rule families, and merges what is one relation: the same key
// twice, an undated mention of a dated visit, a less precise date of the same
// diplomatic relations. Immutable after construction; thread-safe.
#pragma once

#include <vector>

#include "extract/event.h"
#include "extract/triggers.h"
#include "gazetteer/gazetteer.h"
#include "link/linker.h"
#include "text/document.h"

namespace bilat::extract {

class Extractor {
 public:
  // REQUIRES: the gazetteer has every trigger set (Triggers::Missing is "").
  explicit Extractor(const gazetteer::Gazetteer& gazetteer);

  // Events of one article, merged, in order of first evidence.
  std::vector<Event> Extract(const text::Document& doc) const;
  // Each sentence analysed, with the item pair filled into pronoun mentions
  // (for `bilat explain` and `bilat gazetteer suggest`).
  std::vector<link::SentenceAnalysis> Analyze(const text::Document& doc) const;

 private:
  struct AnalyzedDocument {
    std::vector<link::SentenceAnalysis> sentences;
    std::vector<std::vector<std::string>> pairs;  // by item: the two countries it is about, or none
  };
  // With complete_all false, only sentences that hold a rule's anchor word
  // (and titles) are analysed beyond their aliases.
  AnalyzedDocument AnalyzeDocument(const text::Document& doc, bool complete_all) const;

  const gazetteer::Gazetteer& gazetteer_;
  link::Linker linker_;
  Triggers triggers_;
};

// Merges events of one article that state the same relation (see above).
std::vector<Event> MergeEvents(std::vector<Event> events);

}  // namespace bilat::extract
