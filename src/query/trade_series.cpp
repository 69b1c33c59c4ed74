#include "query/trade_series.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "query/internal/edges.h"

namespace bilat::query {
namespace {

int FlowRank(const std::string& flow) { return flow == "bilateral" ? 0 : flow == "export" ? 1 : 2; }

// The flow of an edge between a and b as seen from a; "" when the edge is
// not between them.
std::string FlowFromA(const graph::EdgeProps& edge, const std::string& source, const std::string& target,
                      const TradeQuery& query) {
  bool forward = source == query.a && target == query.b, backward = source == query.b && target == query.a;
  if (!forward && !backward) return "";
  if (edge.flow != "export" && edge.flow != "import") return "bilateral";
  // Exports are stored from exporter to importer; an import edge the other way.
  bool a_exports = (edge.flow == "export") == forward;
  return a_exports ? "export" : "import";
}

std::string JoinDocs(const std::vector<std::string>& docs) {
  std::string out;
  for (const std::string& d : docs) out += (out.empty() ? "" : ", ") + d;
  return out;
}

}  // namespace

Status CheckTradeFlow(const std::string& flow) {
  if (flow.empty() || flow == "bilateral" || flow == "export" || flow == "import") return Status::Ok();
  return Status::Usage("--flow: expected bilateral, export or import, got '" + flow + "'");
}

std::vector<TradeRow> FindTrade(const graph::KnowledgeGraph& graph, const TradeQuery& query) {
  std::map<std::tuple<std::string, std::string>, TradeRow> groups;  // (period, flow)
  std::vector<std::tuple<std::string, std::string>> order;
  for (graph::Edge e : graph.EdgesOfType(graph::Relation::kTrade)) {
    const graph::EdgeProps& edge = graph.edge(e);
    const std::string &source = graph.node(graph.source(e)).id, &target = graph.node(graph.target(e)).id;
    std::string flow = FlowFromA(edge, source, target, query);
    if (flow.empty() || !edge.value_usd || (!query.flow.empty() && flow != query.flow)) continue;
    auto key = std::make_tuple(edge.period, flow);
    auto [it, added] = groups.try_emplace(key);
    TradeRow& row = it->second;
    if (added) {
      order.push_back(key);
      row.period = edge.period;
      row.flow = flow;
      row.from = source;
      row.to = target;
    }
    row.figures.push_back({*edge.value_usd, internal::SourceDocs(edge)});
    row.date_inferred = row.date_inferred || edge.date_inferred;
  }
  std::vector<TradeRow> rows;
  for (const auto& key : order) rows.push_back(std::move(groups[key]));
  for (TradeRow& row : rows)
    std::stable_sort(row.figures.begin(), row.figures.end(), [](const TradeFigure& x, const TradeFigure& y) {
      return x.sources.size() != y.sources.size() ? x.sources.size() > y.sources.size() : x.value_usd < y.value_usd;
    });
  std::stable_sort(rows.begin(), rows.end(), [](const TradeRow& x, const TradeRow& y) {
    if (internal::EarlierDate(x.period, y.period)) return true;
    if (internal::EarlierDate(y.period, x.period)) return false;
    return FlowRank(x.flow) < FlowRank(y.flow);
  });
  return rows;
}

ResultTable TradeTable(const std::vector<TradeRow>& rows) {
  ResultTable table;
  table.columns = {{"period", "period"},
                   {"flow", "flow"},
                   {"from", "from", Align::kLeft, false},
                   {"to", "to", Align::kLeft, false},
                   {"value_usd", "value (USD)", Align::kRight},
                   {"sources", "sources"},
                   {"other_figures", "other figures", Align::kLeft, false},
                   {"conflict", "conflict"},
                   {"date_inferred", "date inferred", Align::kLeft, false}};
  for (const TradeRow& r : rows) {
    // Tables show every figure side by side; JSON and CSV the first, and
    // the others in other_figures.
    const TradeFigure& first = r.figures.front();
    Cell value = Cell::Number(first.value_usd, ""), sources = Cell::List(first.sources, ", "), others;
    others.value = nlohmann::ordered_json::array();
    std::string other_csv;
    for (size_t i = 0; i < r.figures.size(); ++i) {
      const TradeFigure& f = r.figures[i];
      value.text += (i ? " | " : "") + internal::GroupThousands(f.value_usd);
      if (i == 0) continue;
      sources.text += " | " + JoinDocs(f.sources);
      Cell number = Cell::Number(f.value_usd, "");
      others.value.push_back({{"value_usd", number.value}, {"sources", f.sources}});
      other_csv += (i > 1 ? " | " : "") + number.value.dump() + " (" + JoinDocs(f.sources) + ")";
    }
    others.csv = other_csv;
    table.rows.push_back({Cell::Text(r.period), Cell::Text(r.flow), Cell::Text(r.from), Cell::Text(r.to), value,
                          sources, others, Cell::Bool(r.conflict()), Cell::Bool(r.date_inferred)});
  }
  return table;
}

}  // namespace bilat::query
