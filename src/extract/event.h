// Event: one bilateral relation found in one article, with the fields of
// shared/gold/SCHEMA.md for its type, the entity ids where linked, CAMEO and
// PLOVER codes, and every piece of evidence (a relation stated twice in an
// article is one Event with two evidences). Plain value.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace bilat::extract {

enum class EventType { kVisit, kTrade, kAgreement, kMeeting, kRelationsEstablished, kAid };
constexpr size_t kEventTypes = 6;  // the number of EventType values
const char* EventTypeName(EventType type);  // "visit", "trade", ..., "relations_established"
std::optional<EventType> ParseEventType(std::string_view name);

struct Evidence {
  std::string text;     // the sentence, as in the original text
  size_t offset = 0;    // byte offset of the sentence in the article
  std::string section;  // title | caption | body | more
  std::string rule;     // the rule that fired, e.g. "visit.dui_jinxing_fangwen"
  int item = 0;         // the article (0) or teaser (1..) it was found in
};

// A person or country taking part: the name as written, and ids when linked.
struct Participant {
  std::string name;     // as written (people) or the country code (countries)
  std::string id;       // gazetteer id (person id or country code), "" if unlinked
  std::string country;  // ISO alpha-2 the participant represents, "" if unknown
  std::string office;   // for people: the office held then, if known

  // Who the participant is for deduplication: the id, else the name.
  const std::string& Key() const { return id.empty() ? name : id; }
};

struct Event {
  EventType type = EventType::kVisit;
  std::string doc;      // article id
  std::string section;  // body | more (title and caption count as body)
  bool date_inferred = false;

  // visit: a = visitor, host = b.country; meeting: a, b, place;
  // relations_established: a.country, b.country; trade: a, b (countries);
  // aid: a = donor, b = recipient.
  Participant a, b;
  std::string place;    // meeting place (ISO alpha-2), visit host

  std::string start, end;     // visit: ISO dates (end optional)
  std::string status;         // visit: done | planned
  std::string date;           // agreement, meeting, relations_established
  std::string period;         // trade, aid: "2021", "2022-01/2022-08"
  std::string flow;           // trade: bilateral | export | import
  std::optional<double> value_usd;   // trade
  std::optional<double> growth_pct;  // trade: growth over the previous period
  std::vector<std::string> parties;  // agreement: ISO alpha-2 or organization codes
  std::string name;           // agreement title; aid: what was given
  std::string cameo, plover;  // event codes

  std::vector<Evidence> evidence;  // at least one

  // The key under which two mentions are the same relation (SCHEMA's dedup).
  std::string Key() const;
};

}  // namespace bilat::extract
