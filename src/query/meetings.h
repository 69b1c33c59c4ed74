// `bilat query meetings`: meetings and talks of a knowledge graph by person,
// country and date, oldest first, with each side's country and the articles.
// Pure functions over an immutable graph; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "graph/knowledge_graph.h"
#include "query/result_table.h"
#include "util/date.h"

namespace bilat::query {

// Filters take resolved ids; "" or an empty Date: any.
struct MeetingQuery {
  std::string person;   // a participant's node id
  std::string country;  // ISO alpha-2 a participant is or represents
  Date since, until;    // the meeting's date meets this window (undated ones then fail)
};

struct MeetingRow {
  std::string date;                         // "" unknown
  std::string a_id, a;                      // one side: node id, label
  std::string a_country, a_country_label;   // the country it represented: 越南
  std::string b_id, b;                      // the other side
  std::string b_country, b_country_label;
  std::string place;                        // ISO alpha-2, "" unknown
  bool date_inferred = false;
  std::vector<std::string> sources;         // article ids
};

// Oldest first (undated last), then by the two ids. With `person` set, that
// person is side a.
// `gazetteer` (may be nullptr) names countries the graph has no node for.
std::vector<MeetingRow> FindMeetings(const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer,
                                     const MeetingQuery& query);

// Tables: date, person, country, counterpart, country, place, sources.
// JSON and CSV: date, a_id, a, a_country, a_country_label, b_id, b,
// b_country, b_country_label, place, date_inferred, sources.
ResultTable MeetingTable(const std::vector<MeetingRow>& rows);

}  // namespace bilat::query
