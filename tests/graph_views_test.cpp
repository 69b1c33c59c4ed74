#include <doctest/doctest.h>

#include "graph/filters.h"
#include "graph/graph_builder.h"
#include "graph/views.h"
#include "graph_fixtures.h"
#include "test_util.h"

namespace bilat::graph {
namespace {

KnowledgeGraph Persons() { return BuildGraph(testing::CorpusEvents(), &testing::RepoGazetteer()); }

const EdgeProps* Find(const KnowledgeGraph& g, Relation relation, const std::string& from, const std::string& to) {
  for (Edge e : g.EdgesOfType(relation))
    if (g.node(g.source(e)).id == from && g.node(g.target(e)).id == to) return &g.edge(e);
  return nullptr;
}

TEST_CASE("countries view: people lifted to their country, parallel edges rolled up") {
  KnowledgeGraph g = CountryView(Persons(), &testing::RepoGazetteer());
  CHECK(g.view() == "countries");
  for (Vertex v : g.Nodes()) CHECK(g.node(v).kind == NodeKind::kCountry);
  CHECK(g.EdgesOfType(Relation::kHoldsOffice).empty());
  struct Row {
    Relation relation;
    const char* from;
    const char* to;
    int relations;
    size_t evidence;
    const char* summary;
  };
  const Row rows[] = {
      // 金日成 1958 and 1964, 李勇浩 2018 (unlinked, KP from the event), 金正恩 2019 (two articles).
      {Relation::kVisit, "KP", "VN", 4, 5, "4 visits, 1958–2019"},
      {Relation::kVisit, "VN", "KP", 1, 1, "1 visit, 1957"},
      {Relation::kTrade, "VN", "CN", 2, 2, "trade 2022-01/2022-08: 117.4 bn USD (2 figures)"},
      {Relation::kRelationsEstablished, "VN", "KP", 1, 1, "relations established 1950-01-31"},
      {Relation::kAgreement, "KP", "VN", 1, 1, "1 agreement, 1958"},
  };
  for (const Row& row : rows) {
    std::string summary = row.summary;
    CAPTURE(summary);
    const EdgeProps* e = Find(g, row.relation, row.from, row.to);
    REQUIRE(e);
    CHECK(e->relations == row.relations);
    CHECK(e->count() == row.evidence);
    CHECK(e->summary == row.summary);
    CHECK(EdgeLabel(*e) == row.summary);
  }
  CHECK(g.edge_count() == std::size(rows));
  const EdgeProps* trade = Find(g, Relation::kTrade, "VN", "CN");
  CHECK(*trade->value_usd == 117400000000);  // the latest figure
  CHECK(trade->first == "2021");
  CHECK(trade->last == "2022-08");
}

TEST_CASE("countries view: the country on the event's date wins over the gazetteer's") {
  auto events = testing::CorpusEvents();
  // A visit by someone the event says represented CN (say, before a change of post).
  events.push_back(testing::Visit(testing::Person("胡志明", "vn.ho-chi-minh", "CN"), "KP", "1958", testing::kDoc000,
                                  9, "胡志明访问朝鲜。"));
  KnowledgeGraph g = CountryView(BuildGraph(events, &testing::RepoGazetteer()), &testing::RepoGazetteer());
  CHECK(Find(g, Relation::kVisit, "CN", "KP"));
  CHECK(Find(g, Relation::kVisit, "VN", "KP")->relations == 1);
}

TEST_CASE("filters: dates, types and country") {
  KnowledgeGraph persons = Persons();
  struct Row {
    const char* name;
    const char* since;
    const char* until;
    const char* types;
    const char* country;
    size_t edges;  // of the persons view, holds_office included
  };
  // Without filters: 5 visits (金正恩's merged) + 2 trade + 1 agreement + 1 relations
  // + holds_office of 胡志明 (3), 金日成 (3), 金正恩 (3).
  const Row rows[] = {
      {"none", "", "", "", "", 18},
      {"types", "", "", "visit,trade", "", 7},
      {"since 2019", "2019", "", "visit,trade,agreement", "", 3},
      {"until 1960", "", "1960-12", "visit,relations_established,agreement", "", 4},
      {"window 1958", "1958", "1958", "visit", "", 1},
      {"country CN", "", "", "", "CN", 2},
      {"country KP, visits", "", "", "visit", "KP", 5},
      {"partial period overlaps", "2022-06", "2022-06", "trade", "", 1},
      {"ongoing terms reach today", "2024", "", "holds_office", "", 3},
  };
  for (const Row& row : rows) {
    std::string name = row.name;
    CAPTURE(name);
    Filter filter;
    filter.since = Date::ParseIso(row.since).value_or(Date{});
    filter.until = Date::ParseIso(row.until).value_or(Date{});
    REQUIRE(ParseRelationList(row.types, &filter.types).ok());
    filter.country = row.country;
    KnowledgeGraph g = ApplyFilter(persons, filter);
    CHECK(g.edge_count() == row.edges);
    for (Vertex v : g.Nodes()) CHECK_FALSE(g.IncidentEdges(v).empty());
  }
}

TEST_CASE("filters: unknown relation names are usage errors") {
  std::vector<Relation> types;
  Status status = ParseRelationList("visit,visits", &types);
  CHECK(status.code() == Status::Code::kUsage);
  CHECK(status.ToString() == "unknown relation type 'visits'");
  CHECK(ParseRelationList("holds_office,relations_established", &types).ok());
  CHECK(types.size() == 2);
}

TEST_CASE("views: names") {
  CHECK(ParseView("persons") == View::kPersons);
  CHECK(ParseView("countries") == View::kCountries);
  CHECK_FALSE(ParseView("people"));
  CHECK(std::string(ViewName(View::kCountries)) == "countries");
}

}  // namespace
}  // namespace bilat::graph
