// SentenceAnalysis: one sentence ready for the relation rules: its original
// and normalized text (with the map between them), the mentions found in it,
// and its dates and amounts. Built by the Linker (link/linker.h); dates and
// amounts are found on first use, since many sentences the rules read never
// ask for them (most hold no trade or aid word). One thread works on an
// analysis at a time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "link/mention.h"
#include "link/word_hits.h"
#include "text/dates.h"
#include "text/document.h"
#include "text/normalize.h"
#include "text/numbers.h"

namespace bilat::link {

struct SentenceAnalysis {
  const text::Sentence* sentence = nullptr;
  std::string_view original;       // the sentence as in the article
  text::NormalizedText normalized; // offsets below are into normalized.text
  std::vector<Mention> mentions;   // in text order, non-overlapping
  WordHits words;                  // the trigger words in it (the Lexicon's sets)
  text::DateContext date_context;
  bool complete = false;           // false: aliases only (Linker::AnalyzeAliases)

  const std::string& norm() const { return normalized.text; }
  // The dates of the sentence (text::FindDates, in its date context).
  const std::vector<text::DateSpan>& dates() const {
    if (!dates_found_) text::FindDates(norm(), date_context, &dates_);
    dates_found_ = true;
    return dates_;
  }
  // The amounts of the sentence (text::FindAmounts, past its dates).
  const std::vector<text::Amount>& amounts() const {
    if (!amounts_found_) text::FindAmounts(norm(), dates(), &amounts_);
    amounts_found_ = true;
    return amounts_;
  }
  // Forgets the dates and amounts found, keeping their buffers: for an
  // analysis reused for another sentence.
  void ForgetDatesAndAmounts() { dates_found_ = amounts_found_ = false; }
  // The original text of a normalized span.
  std::string_view OriginalOf(size_t begin, size_t end) const {
    size_t b = normalized.ToOriginal(begin), e = normalized.ToOriginal(end);
    return original.substr(b, e - b);
  }

 private:
  mutable std::vector<text::DateSpan> dates_;
  mutable std::vector<text::Amount> amounts_;
  mutable bool dates_found_ = false, amounts_found_ = false;
};

}  // namespace bilat::link
