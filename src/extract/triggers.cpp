#include "extract/triggers.h"

namespace bilat::extract {
namespace {

const char* const kRequired[] = {
    "visit_nouns", "visit_verbs", "planned_markers", "attend_verbs", "meeting_verbs", "meeting_joiners", "guest_markers",
    "trade_bilateral", "trade_export", "trade_import", "trade_value_verbs", "trade_excluders",
    "agreement_verbs", "agreement_nouns", "agreement_generic", "agreement_not_signed", "agreement_anaphora",
    "agreement_name_stops", "during_markers", "agreement_bare", "relations_established", "anniversary", "aid_verbs",
    "aid_markers", "aid_distributive", "pair_pronouns", "pair_followers", "visit_short_verbs", "name_stops",
    "title_joiners", "person_name_blockers"};

std::vector<std::string> Union(const gazetteer::Gazetteer& g, std::initializer_list<const char*> sets) {
  std::vector<std::string> words;
  for (const char* set : sets) {
    const auto& w = g.Triggers(set);
    words.insert(words.end(), w.begin(), w.end());
  }
  return words;
}

}  // namespace

std::string Triggers::Missing(const gazetteer::Gazetteer& g) {
  std::string missing;
  for (const char* set : kRequired)
    if (g.Triggers(set).empty()) missing += std::string(missing.empty() ? "" : ", ") + set;
  return missing;
}

Triggers::Triggers(const gazetteer::Gazetteer& g)
    : visit_nouns(g.Triggers("visit_nouns")),
      visit_verbs(g.Triggers("visit_verbs")),
      planned_markers(g.Triggers("planned_markers")),
      attend_verbs(g.Triggers("attend_verbs")),
      meeting_verbs(g.Triggers("meeting_verbs")),
      meeting_joiners(g.Triggers("meeting_joiners")),
      guest_markers(g.Triggers("guest_markers")),
      trade_bilateral(g.Triggers("trade_bilateral")),
      trade_export(g.Triggers("trade_export")),
      trade_import(g.Triggers("trade_import")),
      trade_value_verbs(g.Triggers("trade_value_verbs")),
      trade_excluders(g.Triggers("trade_excluders")),
      agreement_verbs(g.Triggers("agreement_verbs")),
      agreement_nouns(g.Triggers("agreement_nouns")),
      agreement_generic(g.Triggers("agreement_generic")),
      agreement_not_signed(g.Triggers("agreement_not_signed")),
      agreement_anaphora(g.Triggers("agreement_anaphora")),
      agreement_name_stops(g.Triggers("agreement_name_stops")),
      during_markers(g.Triggers("during_markers")),
      agreement_bare(g.Triggers("agreement_bare")),
      relations_established(g.Triggers("relations_established")),
      anniversary(g.Triggers("anniversary")),
      aid_verbs(g.Triggers("aid_verbs")),
      aid_markers(g.Triggers("aid_markers")),
      aid_distributive(g.Triggers("aid_distributive")),
      anchors(Union(g, {"visit_nouns", "visit_verbs", "visit_short_verbs", "attend_verbs", "meeting_verbs",
                        "trade_bilateral", "trade_export", "trade_import", "agreement_verbs", "agreement_nouns",
                        "agreement_anaphora", "relations_established", "anniversary", "aid_verbs", "aid_markers",
                        "anchor_extras"})) {}

}  // namespace bilat::extract
