#include "export/dyads_writer.h"

#include <map>
#include <optional>
#include <tuple>

#include "export/internal/format.h"

namespace bilat::exporter {
namespace {

using graph::EdgeProps;
using graph::Relation;

struct Figure {
  double value = 0;
  size_t evidence = 0;
  bool conflict = false;

  // Keeps the better-supported figure and notes a disagreement.
  void Merge(double v, size_t n) {
    if (evidence == 0) {
      *this = {v, n, false};
      return;
    }
    if (v != value) conflict = true;
    if (std::tie(n, v) > std::tie(evidence, value)) value = v, evidence = n;
  }
};

struct Row {
  int visits_sent = 0, meetings = 0, agreements = 0, relations = 0, aid_sent = 0;
  Figure trade, exports;
};

using Dyad = std::tuple<std::string, std::string, int>;  // iso1, iso2, year

bool IsCountry(const std::string& code) {
  return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

int YearOf(const std::string& iso) {
  auto date = Date::ParseIso(iso);
  return date ? date->year : 0;
}

class Panel {
 public:
  void Add(const EdgeProps& e);
  void Write(std::ostream& out) const;

 private:
  Row& At(const std::string& a, const std::string& b, int year) {
    auto pair = a < b ? std::pair(a, b) : std::pair(b, a);
    auto [it, fresh] = span_.try_emplace(pair, year, year);
    it->second.first = std::min(it->second.first, year);
    it->second.second = std::max(it->second.second, year);
    return rows_[{a, b, year}];
  }

  std::map<Dyad, Row> rows_;
  std::map<std::pair<std::string, std::string>, std::pair<int, int>> span_;  // unordered pair → years
};

void Panel::Add(const EdgeProps& e) {
  const std::string &a = e.from_country, &b = e.to_country;
  if (!IsCountry(a) || !IsCountry(b) || a == b) return;
  switch (e.relation) {
    case Relation::kVisit:
      if (int y = YearOf(e.date); y && e.status != "planned") At(a, b, y).visits_sent++;
      break;
    case Relation::kMeeting:
      if (int y = YearOf(e.date)) At(a, b, y).meetings++, At(b, a, y).meetings++;
      break;
    case Relation::kAgreement:
      if (int y = YearOf(e.date)) At(a, b, y).agreements++, At(b, a, y).agreements++;
      break;
    case Relation::kRelationsEstablished:
      if (int y = YearOf(e.date)) At(a, b, y).relations = 1, At(b, a, y).relations = 1;
      break;
    case Relation::kAid:
      if (int y = YearOf(e.period.substr(0, e.period.find('/')))) At(a, b, y).aid_sent++;
      break;
    case Relation::kTrade:
      if (e.period.size() != 4 || !e.value_usd) break;
      if (int y = YearOf(e.period)) {
        if (e.flow == "bilateral") {
          At(a, b, y).trade.Merge(*e.value_usd, e.count());
          At(b, a, y).trade.Merge(*e.value_usd, e.count());
        } else if (e.flow == "export") {
          At(a, b, y).exports.Merge(*e.value_usd, e.count());
        }
      }
      break;
    case Relation::kHoldsOffice:
      break;
  }
}

std::string Money(const Figure& f) { return f.evidence ? internal::FormatNumber(f.value) : ""; }

void Panel::Write(std::ostream& out) const {
  out << internal::CsvRow({"iso1", "iso2", "year", "visits_sent", "meetings", "agreements_signed",
                           "relations_established", "aid_sent", "trade_usd", "exports_usd", "trade_conflict"});
  std::map<Dyad, Row> all = rows_;  // fill the years in between with zeros
  for (const auto& [pair, years] : span_)
    for (int y = years.first; y <= years.second; ++y) {
      all.try_emplace({pair.first, pair.second, y});
      all.try_emplace({pair.second, pair.first, y});
    }
  for (const auto& [dyad, r] : all) {
    const auto& [iso1, iso2, year] = dyad;
    bool conflict = r.trade.conflict || r.exports.conflict;
    out << internal::CsvRow({iso1, iso2, std::to_string(year), std::to_string(r.visits_sent),
                             std::to_string(r.meetings), std::to_string(r.agreements), std::to_string(r.relations),
                             std::to_string(r.aid_sent), Money(r.trade), Money(r.exports), conflict ? "1" : "0"});
  }
}

}  // namespace

Status WriteDyads(const graph::KnowledgeGraph& graph, std::ostream& out) {
  if (graph.view() == "countries")
    return Status::Usage("the dyad-year panel needs the persons view (the countries view has merged the years)");
  Panel panel;
  for (graph::Edge e : graph.Edges()) panel.Add(graph.edge(e));
  panel.Write(out);
  return out ? Status::Ok() : Status::IOError("dyads.csv", "write failed");
}

}  // namespace bilat::exporter
