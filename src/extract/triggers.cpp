#include "extract/triggers.h"

namespace bilat::extract {
namespace {

// The sets a gazetteer must have: the rules' and the linker's.
const char* const kRequired[] = {
    "visit_nouns", "visit_verbs", "planned_markers", "attend_verbs", "meeting_verbs", "meeting_joiners", "guest_markers",
    "trade_bilateral", "trade_export", "trade_import", "trade_value_verbs", "trade_excluders",
    "agreement_verbs", "agreement_nouns", "agreement_generic", "agreement_not_signed", "agreement_anaphora",
    "agreement_name_stops", "during_markers", "agreement_bare", "relations_established", "anniversary", "aid_verbs",
    "aid_markers", "aid_distributive", "pair_pronouns", "pair_followers", "visit_short_verbs", "name_stops",
    "person_name_blockers"};

}  // namespace

std::string Triggers::Missing(const gazetteer::Gazetteer& g) {
  std::string missing;
  for (const char* set : kRequired)
    if (g.Triggers(set).empty()) missing += std::string(missing.empty() ? "" : ", ") + set;
  return missing;
}

std::vector<std::string> Triggers::SetNames() {
  // The sets the rules search whole sentences or clauses for, and those the
  // anchors join; the others are only tested at a position, on the text.
  return {"visit_nouns", "visit_verbs", "visit_short_verbs", "planned_markers", "attend_verbs", "meeting_verbs",
          "meeting_joiners", "guest_markers", "trade_bilateral", "trade_export", "trade_import", "trade_value_verbs",
          "trade_excluders", "agreement_verbs", "agreement_nouns", "agreement_not_signed", "agreement_anaphora",
          "during_markers", "relations_established", "anniversary", "aid_verbs", "aid_markers", "aid_distributive",
          "anchor_extras"};
}

Triggers::Triggers(const gazetteer::Gazetteer& g, const link::Lexicon& x)
    : visit_nouns(x, {"visit_nouns"}),
      visit_verbs(g.Triggers("visit_verbs")),
      planned_markers(x, {"planned_markers"}),
      attend_verbs(g.Triggers("attend_verbs")),
      meeting_verbs(x, {"meeting_verbs"}),
      meeting_joiners(x, {"meeting_joiners"}),
      guest_markers(x, {"guest_markers"}),
      trade_bilateral(x, {"trade_bilateral"}),
      trade_export(x, {"trade_export"}),
      trade_import(x, {"trade_import"}),
      trade_value_verbs(x, {"trade_value_verbs"}),
      trade_excluders(x, {"trade_excluders"}),
      agreement_verbs(x, {"agreement_verbs"}),
      agreement_nouns(x, {"agreement_nouns"}),
      agreement_generic(g.Triggers("agreement_generic")),
      agreement_not_signed(x, {"agreement_not_signed"}),
      agreement_anaphora(g.Triggers("agreement_anaphora")),
      agreement_name_stops(g.Triggers("agreement_name_stops")),
      during_markers(x, {"during_markers"}),
      agreement_bare(g.Triggers("agreement_bare")),
      relations_established(x, {"relations_established"}),
      anniversary(x, {"anniversary"}),
      aid_verbs(x, {"aid_verbs"}),
      aid_markers(x, {"aid_markers"}),
      aid_distributive(x, {"aid_distributive"}),
      anchors(x, {"visit_nouns", "visit_verbs", "visit_short_verbs", "attend_verbs", "meeting_verbs", "trade_bilateral",
                  "trade_export", "trade_import", "agreement_verbs", "agreement_nouns", "agreement_anaphora",
                  "relations_established", "anniversary", "aid_verbs", "aid_markers", "anchor_extras"}) {}

}  // namespace bilat::extract
