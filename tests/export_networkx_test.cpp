// Debian's python3 with python3-networkx reads what bilat writes. Always
// /usr/bin/python3: the first python3 on PATH may be another one.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "graph/graph_builder.h"
#include "graph/graph_json.h"
#include "graph/views.h"
#include "export/graphml_writer.h"
#include "graph_fixtures.h"
#include "test_util.h"

namespace bilat::exporter {
namespace {

// Runs tests/networkx_check.py on PREFIX.graphml and PREFIX.json; returns its
// exit status and puts its output in *output.
int NetworkxCheck(const std::filesystem::path& prefix, const std::string& view, std::string* output) {
  std::string log = prefix.string() + ".log";
  std::string command = "/usr/bin/python3 '" + testing::RepoPath("tests/networkx_check.py").string() + "' '" +
                        prefix.string() + ".graphml' '" + prefix.string() + ".json' " + view + " >'" + log +
                        "' 2>&1";
  int rc = std::system(command.c_str());
  *output = testing::ReadFile(log);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

TEST_CASE("networkx reads the GraphML and the JSON and finds the visit and the trade figure") {
  auto dir = testing::ScratchDir("networkx");
  graph::KnowledgeGraph persons = graph::BuildGraph(testing::CorpusEvents(), &testing::RepoGazetteer());
  graph::KnowledgeGraph countries = graph::CountryView(persons, &testing::RepoGazetteer());
  for (const auto* g : {&persons, &countries}) {
    auto prefix = dir / g->view();
    std::ofstream graphml(prefix.string() + ".graphml"), json(prefix.string() + ".json");
    REQUIRE(WriteGraphml(*g, graphml).ok());
    graph::WriteGraphJson(*g, json);
    graphml.close();
    json.close();
    std::string output;
    CAPTURE(output);
    CHECK(NetworkxCheck(prefix, g->view(), &output) == 0);
    CHECK(output == "ok\n");
  }
  // And the check does fail when the figure is not there.
  graph::KnowledgeGraph empty;
  auto prefix = dir / "empty";
  std::ofstream(prefix.string() + ".graphml") << [&] {
    std::ostringstream s;
    REQUIRE(WriteGraphml(empty, s).ok());
    return s.str();
  }();
  std::ofstream(prefix.string() + ".json") << [&] {
    std::ostringstream s;
    graph::WriteGraphJson(empty, s);
    return s.str();
  }();
  std::string output;
  CHECK(NetworkxCheck(prefix, "persons", &output) == 1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace bilat::exporter
