// Extractor: all relation rules over one parsed article. Links every
// sentence, works out the pair of countries each item (article or teaser) is
// about, runs the rule families, and merges what is one relation: the same key
// twice, an undated mention of a dated visit, a less precise date of the same
// diplomatic relations. Immutable after construction; thread-safe.
#pragma once

#include <span>
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
    // The document's sentences are the first `count`; any after them are
    // left from a longer document, kept for their buffers.
    std::vector<link::SentenceAnalysis> sentences;
    size_t count = 0;
    std::vector<std::vector<std::string_view>> pairs;  // by item: the two countries it is about, or none

    std::span<const link::SentenceAnalysis> analyzed() const { return {sentences.data(), count}; }
  };
  // Analyses `doc` into *out, reusing its buffers. With complete_all false,
  // only sentences that hold a rule's anchor word (and titles) are analysed
  // beyond their aliases.
  void AnalyzeDocument(const text::Document& doc, bool complete_all, AnalyzedDocument* out) const;
  // The analysis Extract reuses from article to article in this thread.
  static AnalyzedDocument& ThreadDocument();

  const gazetteer::Gazetteer& gazetteer_;
  link::Linker linker_;
  Triggers triggers_;
};

// Merges events of one article that state the same relation (see above).
std::vector<Event> MergeEvents(std::vector<Event> events);

}  // namespace bilat::extract
