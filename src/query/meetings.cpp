#include "query/meetings.h"

#include <algorithm>
#include <tuple>

#include "query/internal/edges.h"

namespace bilat::query {
namespace {

bool Matches(const MeetingRow& row, const MeetingQuery& query) {
  if (!query.person.empty() && row.a_id != query.person && row.b_id != query.person) return false;
  if (query.country.empty()) return true;
  for (const std::string& c : {row.a_id, row.a_country, row.b_id, row.b_country})
    if (c == query.country) return true;
  return false;
}

MeetingRow MakeRow(const graph::KnowledgeGraph& graph, graph::Edge e, const gazetteer::Gazetteer* gazetteer) {
  const graph::EdgeProps& edge = graph.edge(e);
  const graph::NodeProps &a = graph.node(graph.source(e)), &b = graph.node(graph.target(e));
  MeetingRow row;
  row.date = edge.date;
  row.a_id = a.id;
  row.a = a.label;
  row.a_country = edge.from_country.empty() ? a.country : edge.from_country;
  row.b_id = b.id;
  row.b = b.label;
  row.b_country = edge.to_country.empty() ? b.country : edge.to_country;
  row.a_country_label = internal::LabelOf(row.a_country, graph, gazetteer);
  row.b_country_label = internal::LabelOf(row.b_country, graph, gazetteer);
  row.place = edge.place;
  row.date_inferred = edge.date_inferred;
  row.sources = internal::SourceDocs(edge);
  return row;
}

}  // namespace

std::vector<MeetingRow> FindMeetings(const graph::KnowledgeGraph& graph, const gazetteer::Gazetteer* gazetteer,
                                     const MeetingQuery& query) {
  std::vector<MeetingRow> rows;
  for (graph::Edge e : graph.EdgesOfType(graph::Relation::kMeeting)) {
    if (!internal::InWindow(graph.edge(e), query.since, query.until)) continue;
    MeetingRow row = MakeRow(graph, e, gazetteer);
    if (!Matches(row, query)) continue;
    if (!query.person.empty() && row.b_id == query.person) {
      std::swap(row.a_id, row.b_id);
      std::swap(row.a, row.b);
      std::swap(row.a_country, row.b_country);
      std::swap(row.a_country_label, row.b_country_label);
    }
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const MeetingRow& x, const MeetingRow& y) {
    if (internal::EarlierDate(x.date, y.date)) return true;
    if (internal::EarlierDate(y.date, x.date)) return false;
    return std::tie(x.a_id, x.b_id) < std::tie(y.a_id, y.b_id);
  });
  return rows;
}

ResultTable MeetingTable(const std::vector<MeetingRow>& rows) {
  ResultTable table;
  table.columns = {{"date", "date"},
                   {"a_id", "person id", Align::kLeft, false},
                   {"a", "person"},
                   {"a_country", "country id", Align::kLeft, false},
                   {"a_country_label", "country"},
                   {"b_id", "counterpart id", Align::kLeft, false},
                   {"b", "counterpart"},
                   {"b_country", "country id", Align::kLeft, false},
                   {"b_country_label", "country"},
                   {"place", "place"},
                   {"date_inferred", "date inferred", Align::kLeft, false},
                   {"sources", "sources"}};
  for (const MeetingRow& r : rows)
    table.rows.push_back({Cell::Text(r.date), Cell::Text(r.a_id), Cell::Text(r.a), Cell::Text(r.a_country),
                          Cell::Text(r.a_country_label), Cell::Text(r.b_id), Cell::Text(r.b), Cell::Text(r.b_country),
                          Cell::Text(r.b_country_label), Cell::Text(r.place),
                          Cell::Bool(r.date_inferred), Cell::List(r.sources, ", ")});
  return table;
}

}  // namespace bilat::query
