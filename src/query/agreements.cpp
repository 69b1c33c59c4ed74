#include "query/agreements.h"

#include <algorithm>

#include "query/internal/edges.h"

namespace bilat::query {
namespace {

bool HasParty(const AgreementRow& row, const std::string& id) {
  return std::find(row.parties.begin(), row.parties.end(), id) != row.parties.end();
}

}  // namespace

std::vector<AgreementRow> FindAgreements(const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer,
                                         const AgreementQuery& query) {
  std::vector<AgreementRow> rows;
  for (graph::Edge e : graph.EdgesOfType(graph::Relation::kAgreement)) {
    const graph::EdgeProps& edge = graph.edge(e);
    if (!internal::InWindow(edge, query.since, Date{})) continue;
    AgreementRow row;
    row.title = edge.name;
    row.parties = edge.parties;
    if (row.parties.empty()) row.parties = {graph.node(graph.source(e)).id, graph.node(graph.target(e)).id};
    if ((!query.party.empty() && !HasParty(row, query.party)) || (!query.with.empty() && !HasParty(row, query.with)))
      continue;
    for (const std::string& p : row.parties) row.party_labels.push_back(internal::LabelOf(p, graph, gazetteer));
    row.date = edge.date;
    row.date_inferred = edge.date_inferred;
    row.sources = internal::SourceDocs(edge);
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const AgreementRow& a, const AgreementRow& b) {
    if (internal::EarlierDate(a.date, b.date)) return true;
    if (internal::EarlierDate(b.date, a.date)) return false;
    return a.title < b.title;
  });
  return rows;
}

ResultTable AgreementTable(const std::vector<AgreementRow>& rows) {
  ResultTable table;
  table.columns = {{"title", "title"},
                   {"parties", "party ids", Align::kLeft, false},
                   {"party_labels", "parties"},
                   {"date", "date"},
                   {"date_inferred", "date inferred", Align::kLeft, false},
                   {"sources", "sources"}};
  for (const AgreementRow& r : rows)
    table.rows.push_back({Cell::Text(r.title), Cell::List(r.parties, ", "), Cell::List(r.party_labels, "、"),
                          Cell::Text(r.date), Cell::Bool(r.date_inferred), Cell::List(r.sources, ", ")});
  return table;
}

}  // namespace bilat::query
