// `bilat query agreements`: agreements of a knowledge graph by party and
// date, oldest first: title, parties, signing date and articles. Pure
// functions over an immutable graph; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "graph/knowledge_graph.h"
#include "query/result_table.h"
#include "util/date.h"

namespace bilat::query {

// Filters take resolved ids; "" or an empty Date: any.
struct AgreementQuery {
  std::string party;  // a party (ISO alpha-2 or organization id)
  std::string with;   // another party of the same agreement
  Date since;         // signed on or after (undated agreements then fail)
};

struct AgreementRow {
  std::string title;                        // as written, without 《》
  std::vector<std::string> parties;         // ids
  std::vector<std::string> party_labels;    // 越南, 朝鲜
  std::string date;                         // signing date ("" unknown)
  bool date_inferred = false;
  std::vector<std::string> sources;         // article ids
};

// Oldest first (undated last), then by title.
std::vector<AgreementRow> FindAgreements(const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer,
                                         const AgreementQuery& query);

// Tables: title, parties, date, sources. JSON and CSV: title, parties,
// party_labels, date, date_inferred, sources.
ResultTable AgreementTable(const std::vector<AgreementRow>& rows);

}  // namespace bilat::query
