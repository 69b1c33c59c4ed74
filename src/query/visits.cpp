#include "query/visits.h"

#include <algorithm>
#include <tuple>

#include "query/internal/edges.h"

namespace bilat::query {

namespace {

bool Matches(const VisitRow& row, const VisitQuery& query) {
  if (!query.visitor.empty() && row.visitor_id != query.visitor) return false;
  if (!query.from.empty() && row.from != query.from && row.visitor_id != query.from) return false;
  if (!query.host.empty() && row.host != query.host) return false;
  return query.status.empty() || row.status == query.status;
}

VisitRow MakeRow(const graph::KnowledgeGraph& graph, graph::Edge e, const gazetteer::Gazetteer* gazetteer) {
  const graph::EdgeProps& edge = graph.edge(e);
  const graph::NodeProps& visitor = graph.node(graph.source(e));
  VisitRow row;
  row.start = edge.date;
  row.end = edge.end;
  row.visitor_id = visitor.id;
  row.visitor = visitor.label;
  if (visitor.kind == graph::NodeKind::kPerson)
    internal::OfficeOn(graph, graph.source(e), edge.date, gazetteer, &row.office_id, &row.office);
  row.from = edge.from_country.empty() ? visitor.country : edge.from_country;
  row.from_label = internal::LabelOf(row.from, graph, gazetteer);
  row.host = edge.to_country.empty() ? graph.node(graph.target(e)).id : edge.to_country;
  row.host_label = internal::LabelOf(row.host, graph, gazetteer);
  row.status = edge.status;
  row.date_inferred = edge.date_inferred;
  row.sources = internal::SourceDocs(edge);
  return row;
}

}  // namespace

std::vector<VisitRow> FindVisits(const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer,
                                 const VisitQuery& query) {
  std::vector<VisitRow> rows;
  for (graph::Edge e : graph.EdgesOfType(graph::Relation::kVisit)) {
    if (!internal::InWindow(graph.edge(e), query.since, query.until)) continue;
    VisitRow row = MakeRow(graph, e, gazetteer);
    if (Matches(row, query)) rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const VisitRow& a, const VisitRow& b) {
    if (internal::EarlierDate(a.start, b.start)) return true;
    if (internal::EarlierDate(b.start, a.start)) return false;
    return std::tie(a.visitor_id, a.host) < std::tie(b.visitor_id, b.host);
  });
  return rows;
}

ResultTable VisitTable(const std::vector<VisitRow>& rows) {
  ResultTable table;
  table.columns = {{"date", "date", Align::kLeft, true, false},
                   {"start", "start", Align::kLeft, false},
                   {"end", "end", Align::kLeft, false},
                   {"visitor_id", "visitor id", Align::kLeft, false},
                   {"visitor", "visitor"},
                   {"office_id", "office id", Align::kLeft, false},
                   {"office", "office"},
                   {"from", "from id", Align::kLeft, false},
                   {"from_label", "from"},
                   {"host", "host id", Align::kLeft, false},
                   {"host_label", "host"},
                   {"status", "status"},
                   {"date_inferred", "date inferred", Align::kLeft, false},
                   {"sources", "sources"}};
  for (const VisitRow& r : rows) {
    table.rows.push_back({Cell::Text(internal::DateRange(r.start, r.end)), Cell::Text(r.start), Cell::Text(r.end),
                          Cell::Text(r.visitor_id), Cell::Text(r.visitor), Cell::Text(r.office_id),
                          Cell::Text(r.office), Cell::Text(r.from), Cell::Text(r.from_label), Cell::Text(r.host),
                          Cell::Text(r.host_label), Cell::Text(r.status), Cell::Bool(r.date_inferred),
                          Cell::List(r.sources, ", ")});
  }
  return table;
}

}  // namespace bilat::query
