// RuleContext: what a relation rule sees of one sentence: its analysis, the
// pair of countries its item (article or teaser) is about, the trigger
// words, and helpers to find the mentions, dates and clauses around a
// trigger. Rules append Events; the Extractor merges them.
#pragma once

#include <boost/container/small_vector.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clause_bounds.h"
#include "extract/event.h"
#include "extract/triggers.h"
#include "link/sentence_analysis.h"

namespace bilat::extract {

// The mentions, dates or countries a RuleContext helper finds: a few, held
// without a heap allocation up to 8 (4 countries).
using MentionRefs = boost::container::small_vector<const link::Mention*, 8>;
using DateRefs = boost::container::small_vector<const text::DateSpan*, 8>;
using CountryCodes = boost::container::small_vector<std::string_view, 4>;

// A series of trade figures: its flow and its two countries.
struct TradeSeries {
  std::string flow;
  std::string a, b;
};

// State carried from sentence to sentence within one item.
struct ItemState {
  std::span<const std::string_view> pair;  // the item's two countries, if known
  std::optional<TradeSeries> last_trade;  // the series a figure without a trade term continues
  std::string last_visit_date;    // start of the latest visit reported
  bool last_visit_inferred = false;
};

struct RuleContext {
  const link::SentenceAnalysis& s;
  const Triggers& t;
  const ItemState& item;
  std::string_view doc;  // the article id

  const std::string& norm() const { return s.norm(); }
  const char* Section() const;  // "body" or "more"

  // Clause bounds around pos: delimited by , ; : and sentence ends.
  size_t ClauseStart(size_t pos) const { return extract::ClauseStart(norm(), pos); }
  size_t ClauseEnd(size_t pos) const { return extract::ClauseEnd(norm(), pos); }

  // The nearest person ending at or before `pos` and starting at or after `from`.
  const link::Mention* PersonBefore(size_t pos, size_t from = 0) const;
  // Every person starting in [from, to).
  MentionRefs PeopleIn(size_t from, size_t to) const;
  // The country-like mention (country, pair, pronoun, place) starting exactly at pos
  // (after skipping 了 and spaces), or nullptr.
  const link::Mention* CountryAt(size_t pos) const;
  // Countries of a mention: its country, or a pair's / pronoun's two (a view
  // of the mention or the item state).
  std::span<const std::string_view> CountriesOf(const link::Mention& m) const;
  // Distinct countries named by country-like and organization mentions in [from, to).
  CountryCodes CountriesIn(size_t from, size_t to) const;
  // Dates starting in [from, to).
  DateRefs DatesIn(size_t from, size_t to) const;
  // The date closest before pos within the sentence, else the first after pos in its clause.
  const text::DateSpan* DateNear(size_t pos) const;

  // Whether a planned marker (将, 即将, 拟) stands in [from, to) outside any
  // mention (the 将 of 上将 is not one).
  bool PlannedBetween(size_t from, size_t to) const;

  // Appends an event of `type` found by `rule` in this sentence, with its
  // codes and evidence, to *out; returns it (valid until *out grows again).
  Event& AddEvent(EventType type, std::string_view rule, std::vector<Event>* out) const;
};

Participant ParticipantOf(const link::Mention& person, const gazetteer::Gazetteer& g);

// Rule families, one file each.
void FindVisits(const RuleContext& c, const gazetteer::Gazetteer& g, std::vector<Event>* out);
void FindMeetings(const RuleContext& c, const gazetteer::Gazetteer& g, std::vector<Event>* out);
void FindTrade(const RuleContext& c, std::vector<Event>* out);
void FindAgreements(const RuleContext& c, const gazetteer::Gazetteer& g, const link::SentenceAnalysis* next,
                    std::vector<Event>* out);
void FindRelationsEstablished(const RuleContext& c, std::vector<Event>* out);
void FindAid(const RuleContext& c, std::vector<Event>* out);

}  // namespace bilat::extract
