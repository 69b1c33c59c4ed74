#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "graph/graph_builder.h"
#include "graph/graph_json.h"
#include "graph/views.h"
#include "graph_fixtures.h"
#include "test_util.h"

namespace bilat::graph {
namespace {

std::string Json(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteGraphJson(g, out);
  return out.str();
}

TEST_CASE("graph json: reading what was written gives the same graph back") {
  KnowledgeGraph persons = BuildGraph(testing::CorpusEvents(), &testing::RepoGazetteer());
  for (const KnowledgeGraph& g : {persons, CountryView(persons, &testing::RepoGazetteer())}) {
    CAPTURE(g.view());
    std::string text = Json(g);
    KnowledgeGraph back;
    REQUIRE(ReadGraphJson(text, "mem.json", &back).ok());
    CHECK(back.view() == g.view());
    CHECK(back.node_count() == g.node_count());
    CHECK(back.edge_count() == g.edge_count());
    CHECK(Json(back) == text);
    auto a = g.Edges(), b = back.Edges();
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(g.edge(a[i]).evidence == back.edge(b[i]).evidence);
      CHECK(g.edge(a[i]).value_usd == back.edge(b[i]).value_usd);
    }
  }
}

TEST_CASE("graph json: the streamed document is laid out as a whole-document dump") {
  KnowledgeGraph persons = BuildGraph(testing::CorpusEvents(), &testing::RepoGazetteer());
  for (const KnowledgeGraph& g : {persons, CountryView(persons, &testing::RepoGazetteer()), KnowledgeGraph{}}) {
    CAPTURE(g.edge_count());
    std::string text = Json(g);
    CHECK(text == nlohmann::ordered_json::parse(text).dump(1) + "\n");
  }
}

TEST_CASE("graph json: node-link form with evidence inline") {
  KnowledgeGraph g = BuildGraph(testing::CorpusEvents(), &testing::RepoGazetteer());
  auto doc = nlohmann::json::parse(Json(g));
  CHECK(doc["directed"] == true);
  CHECK(doc["multigraph"] == true);
  CHECK(doc["graph"]["view"] == "persons");
  bool found = false;
  for (const auto& link : doc["links"]) {
    if (link["source"] != "kp.kim-jong-un" || link["relation"] != "visit") continue;
    found = true;
    CHECK(link["target"] == "VN");
    CHECK(link["key"] == 0);
    CHECK(link["date"] == "2019-02");
    CHECK(link["count"] == 2);
    CHECK(link["evidence"][0]["doc"] == testing::kDoc000);
    CHECK(link["evidence"][0]["offset"] == 266);
  }
  CHECK(found);
}

TEST_CASE("graph json: malformed input is BadData with the place") {
  struct Row {
    const char* text;
    const char* error;
  };
  const Row rows[] = {
      {"{", "g.json: not valid JSON"},
      {"[]", "g.json: not a bilat node-link graph (no \"nodes\" and \"links\" arrays)"},
      {R"({"nodes":[{"id":"VN","kind":"nation"}],"links":[]})",
       "g.json: nodes[0]: node without id or with unknown kind 'nation'"},
      {R"({"nodes":[{"id":"VN","kind":"country"}],"links":[{"source":"VN","target":"CN","relation":"visit"}]})",
       "g.json: links[0]: source or target is not a node"},
      {R"({"nodes":[],"links":[{"relation":"visits"}]})", "g.json: links[0]: link with unknown relation 'visits'"},
  };
  for (const Row& row : rows) {
    std::string text = row.text;
    CAPTURE(text);
    KnowledgeGraph g;
    Status status = ReadGraphJson(text, "g.json", &g);
    CHECK(status.code() == Status::Code::kBadData);
    CHECK(status.ToString() == row.error);
  }
}

}  // namespace
}  // namespace bilat::graph
