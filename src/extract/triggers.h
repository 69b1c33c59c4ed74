// Triggers: the word sets of the relation rules, read from the gazetteer's
// triggers/ files and normalized once. Sets the rules search for are sets
// of the linker's Lexicon, looked up in a sentence's WordHits. Immutable;
// share across threads.
#pragma once

#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "link/lexicon.h"
#include "link/word_set.h"

namespace bilat::extract {

struct Triggers {
  // REQUIRES: the lexicon was built with SetNames().
  Triggers(const gazetteer::Gazetteer& g, const link::Lexicon& lexicon);
  // The trigger sets the rules search for in whole sentences (the lexicon's).
  static std::vector<std::string> SetNames();
  // The sets a rule needs that the gazetteer lacks ("" when all are there).
  static std::string Missing(const gazetteer::Gazetteer& g);

  link::WordSet visit_nouns, visit_verbs, planned_markers, attend_verbs;
  link::WordSet meeting_verbs, meeting_joiners, guest_markers;
  link::WordSet trade_bilateral, trade_export, trade_import, trade_value_verbs, trade_excluders;
  link::WordSet agreement_verbs, agreement_nouns, agreement_generic, agreement_not_signed,
      agreement_anaphora, agreement_name_stops, during_markers, agreement_bare;
  link::WordSet relations_established, anniversary;
  link::WordSet aid_verbs, aid_markers, aid_distributive;
  // Every word some rule family starts from: a sentence without one is not
  // read by the rules, and its linking stops at aliases.
  link::WordSet anchors;
};

}  // namespace bilat::extract
