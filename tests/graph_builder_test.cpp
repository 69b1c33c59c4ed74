#include <doctest/doctest.h>

#include "graph/graph_builder.h"

#include <algorithm>
#include <random>
#include <sstream>

#include "graph/graph_json.h"
#include "graph_fixtures.h"
#include "test_util.h"

namespace bilat::graph {
namespace {

using testing::CorpusEvents;

std::vector<Edge> EdgesBetween(const KnowledgeGraph& g, Relation relation, const std::string& from,
                               const std::string& to) {
  std::vector<Edge> out;
  for (Edge e : g.EdgesOfType(relation))
    if (g.node(g.source(e)).id == from && g.node(g.target(e)).id == to) out.push_back(e);
  return out;
}

TEST_CASE("graph builder: nodes by kind, linked and unlinked") {
  KnowledgeGraph g = BuildGraph(CorpusEvents(), &testing::RepoGazetteer());
  struct Row {
    const char* id;
    NodeKind kind;
    const char* label;
    const char* country;
    bool linked;
  };
  const Row rows[] = {
      {"VN", NodeKind::kCountry, "越南", "VN", true},
      {"KP", NodeKind::kCountry, "朝鲜", "KP", true},
      {"kp.kim-jong-un", NodeKind::kPerson, "金正恩", "KP", true},
      {"vn.ho-chi-minh", NodeKind::kPerson, "胡志明", "VN", true},
      {"person:李勇浩", NodeKind::kPerson, "李勇浩", "KP", false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.id);
    auto v = g.FindNode(row.id);
    REQUIRE(v);
    CHECK(g.node(*v).kind == row.kind);
    CHECK(g.node(*v).label == row.label);
    CHECK(g.node(*v).country == row.country);
    CHECK(g.node(*v).linked == row.linked);
  }
  CHECK_FALSE(g.FindNode("person:金正恩"));
}

TEST_CASE("graph builder: the same visit in two articles is one edge with two evidences") {
  KnowledgeGraph g = BuildGraph(CorpusEvents(), &testing::RepoGazetteer());
  auto visits = EdgesBetween(g, Relation::kVisit, "kp.kim-jong-un", "VN");
  REQUIRE(visits.size() == 1);
  const EdgeProps& e = g.edge(visits[0]);
  CHECK(e.date == "2019-02");
  CHECK(e.from_country == "KP");
  CHECK(e.to_country == "VN");
  REQUIRE(e.count() == 2);
  CHECK(e.evidence[0].doc == testing::kDoc000);
  CHECK(e.evidence[0].offset == 266);
  CHECK(e.evidence[1].doc == "002_6e778e33fda27ef2.txt");
  // 金日成's two visits stay two edges: different dates.
  CHECK(EdgesBetween(g, Relation::kVisit, "kp.kim-il-sung", "VN").size() == 2);
}

TEST_CASE("graph builder: a mention repeated in one article adds no evidence") {
  auto events = CorpusEvents();
  events.push_back(events[5]);  // 金正恩's visit, same doc, same sentence
  KnowledgeGraph g = BuildGraph(events, &testing::RepoGazetteer());
  CHECK(g.edge(EdgesBetween(g, Relation::kVisit, "kp.kim-jong-un", "VN")[0]).count() == 2);
}

TEST_CASE("graph builder: different trade values for one pair, flow and period conflict") {
  auto events = CorpusEvents();
  // Another source gives 2021 as 165.8 bn; the order of the pair does not matter.
  events.push_back(testing::Trade("CN", "VN", "2021", 165800000000, "x.txt", 10, "2021年中越贸易额达1658亿美元。"));
  // The same 2021 figure again: merged, not a conflict of its own.
  events.push_back(testing::Trade("CN", "VN", "2021", 165900000000, "y.txt", 20, "2021年中越贸易额1659亿美元。"));
  KnowledgeGraph g = BuildGraph(events, &testing::RepoGazetteer());
  std::vector<const EdgeProps*> y2021, partial;
  for (Edge e : g.EdgesOfType(Relation::kTrade))
    (g.edge(e).period == "2021" ? y2021 : partial).push_back(&g.edge(e));
  REQUIRE(y2021.size() == 2);
  for (const EdgeProps* e : y2021) CHECK(e->conflict);
  const EdgeProps* main = *y2021[0]->value_usd == 165900000000 ? y2021[0] : y2021[1];
  CHECK(main->count() == 2);
  REQUIRE(partial.size() == 1);
  CHECK_FALSE(partial[0]->conflict);
  CHECK(partial[0]->date_inferred);
  // Orientation of a bilateral figure: its first mention (越中 → VN to CN;
  // the other 2021 figure was first given as 中越).
  for (Edge e : g.EdgesOfType(Relation::kTrade))
    CHECK(g.node(g.source(e)).id == (&g.edge(e) == y2021[0] || &g.edge(e) == y2021[1]
                                         ? (&g.edge(e) == main ? "VN" : "CN")
                                         : "VN"));
}

TEST_CASE("graph builder: holds_office edges for linked people, from the gazetteer") {
  KnowledgeGraph g = BuildGraph(CorpusEvents(), &testing::RepoGazetteer());
  auto offices = EdgesBetween(g, Relation::kHoldsOffice, "kp.kim-jong-un", "KP");
  REQUIRE(offices.size() == 3);
  const EdgeProps& leader = g.edge(offices[0]);
  CHECK(leader.name == "leader");
  CHECK(leader.date == "2011-12-17");
  CHECK(leader.end.empty());
  CHECK(leader.evidence[0].doc == "gazetteer:people/kp.yaml");
  // Unlinked people have none; without options neither do linked ones.
  CHECK(EdgesBetween(g, Relation::kHoldsOffice, "person:李勇浩", "KP").empty());
  KnowledgeGraph bare = BuildGraph(CorpusEvents(), &testing::RepoGazetteer(), {.holds_office = false});
  CHECK(bare.EdgesOfType(Relation::kHoldsOffice).empty());
}

TEST_CASE("graph builder: imports become exports; events without an end are skipped") {
  auto trade = testing::Trade("VN", "CN", "2021", 53900000000, testing::kDoc001, 1, "越南自中国进口539亿美元。");
  trade.flow = "import";
  auto hostless = testing::CorpusEvents()[5];
  hostless.place.clear();
  GraphBuilder builder(&testing::RepoGazetteer());
  builder.Add(trade);
  builder.Add(hostless);
  KnowledgeGraph g = std::move(builder).Finish();
  CHECK(builder.skipped() == 1);
  REQUIRE(g.EdgesOfType(Relation::kTrade).size() == 1);
  Edge e = g.EdgesOfType(Relation::kTrade)[0];
  CHECK(g.edge(e).flow == "export");
  CHECK(g.node(g.source(e)).id == "CN");
  CHECK(g.node(g.target(e)).id == "VN");
}

TEST_CASE("graph builder: the result does not depend on the order of events") {
  // Everything, orientation and merged fields included: shards of a corpus
  // built together must give the graph of the whole.
  auto events = CorpusEvents();
  auto json = [](const std::vector<extract::Event>& in) {
    std::ostringstream out;
    WriteGraphJson(BuildGraph(in, &testing::RepoGazetteer()), out);
    return out.str();
  };
  const std::string expected = json(events);
  std::reverse(events.begin(), events.end());
  CHECK(json(events) == expected);
  std::mt19937 random(7);
  for (int i = 0; i < 5; ++i) {
    std::shuffle(events.begin(), events.end(), random);
    CHECK(json(events) == expected);
  }
}

extract::Evidence Evidence(std::string text, size_t offset) {
  extract::Evidence ev;
  ev.text = std::move(text);
  ev.offset = offset;
  ev.section = "body";
  ev.rule = "test";
  return ev;
}

TEST_CASE("graph builder: mentions of one relation merge in order of evidence, not of arrival") {
  // One agreement seen twice with different party lists, and an unlinked
  // person met with two countries: the earlier article decides, either way round.
  extract::Event early;
  early.type = extract::EventType::kAgreement;
  early.doc = "a.txt";
  early.name = "《合作协定》";
  early.parties = {"VN", "LA", "KH"};
  early.evidence = {Evidence("越老柬签署《合作协定》", 10)};
  extract::Event late = early;
  late.doc = "b.txt";
  late.parties = {"VN", "LA"};
  late.evidence = {Evidence("越老签署《合作协定》", 5)};
  extract::Event meet_early;
  meet_early.type = extract::EventType::kMeeting;
  meet_early.doc = "a.txt";
  meet_early.a.name = "阮某某";
  meet_early.a.country = "VN";
  meet_early.b.name = meet_early.b.id = meet_early.b.country = "LA";
  meet_early.evidence = {Evidence("阮某某会见老挝", 40)};
  extract::Event meet_late = meet_early;
  meet_late.doc = "b.txt";
  meet_late.a.country = "KH";
  for (const auto& order :
       {std::vector{early, late, meet_early, meet_late}, std::vector{meet_late, late, meet_early, early}}) {
    KnowledgeGraph g = BuildGraph(order, &testing::RepoGazetteer());
    auto vn_la = EdgesBetween(g, Relation::kAgreement, "LA", "VN");
    REQUIRE(vn_la.size() == 1);
    CHECK(g.edge(vn_la[0]).parties == std::vector<std::string>{"KH", "LA", "VN"});
    CHECK(g.edge(vn_la[0]).count() == 2);
    CHECK(g.node(*g.FindNode("person:阮某某")).country == "VN");
  }
}

TEST_CASE("knowledge graph: a move hands the edges over, a copy duplicates them") {
  KnowledgeGraph built = BuildGraph(testing::CorpusEvents(), &testing::RepoGazetteer());
  const size_t nodes = built.node_count(), edges = built.edge_count();
  REQUIRE(edges > 0);
  const Edge first = built.Edges().front();
  const EdgeProps* props = &built.edge(first);

  KnowledgeGraph moved = std::move(built);
  CHECK(moved.node_count() == nodes);
  CHECK(moved.edge_count() == edges);
  CHECK(&moved.edge(first) == props);  // the same storage, not a copy
  CHECK(built.node_count() == 0);      // NOLINT(bugprone-use-after-move): the moved-from graph is empty
  CHECK(built.view() == "persons");
  CHECK_FALSE(built.FindNode("VN"));
  built.AddNode({"VN", NodeKind::kCountry, "越南", "VN", true});
  CHECK(built.node_count() == 1);

  KnowledgeGraph copy = moved;
  CHECK(copy.edge_count() == edges);
  CHECK(&copy.edge(copy.Edges().front()) != props);
  CHECK(copy.edge(copy.Edges().front()).evidence == moved.edge(first).evidence);
  CHECK(copy.FindNode("VN"));
}

}  // namespace
}  // namespace bilat::graph
