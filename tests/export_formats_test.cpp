#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sstream>

#include "export/csv_writer.h"
#include "export/dyads_writer.h"
#include "export/graphml_writer.h"
#include "export/outputs.h"
#include "graph/graph_builder.h"
#include "graph/views.h"
#include "graph_fixtures.h"
#include "test_util.h"
#include "util/atomic_file.h"

namespace bilat::exporter {
namespace {

graph::KnowledgeGraph Persons() { return graph::BuildGraph(testing::CorpusEvents(), &testing::RepoGazetteer()); }

template <typename Writer>
std::string Write(Writer writer, const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  REQUIRE(writer(g, out).ok());
  return out.str();
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("graphml: typed keys, nodes and edges with their data") {
  std::string xml = Write(WriteGraphml, Persons());
  const char* expected[] = {
      R"(<key id="n_label" for="node" attr.name="label" attr.type="string"/>)",
      R"(<key id="n_linked" for="node" attr.name="linked" attr.type="boolean"/>)",
      R"(<key id="e_value_usd" for="edge" attr.name="value_usd" attr.type="double"/>)",
      R"(<key id="e_count" for="edge" attr.name="count" attr.type="int"/>)",
      R"(<graph id="bilat" edgedefault="directed">)",
      R"(<node id="person:李勇浩">)",
      R"(<data key="e_value_usd">165900000000</data>)",
      R"(<data key="e_docs">000_c9d220f43a1d733f.txt;002_6e778e33fda27ef2.txt</data>)",
  };
  for (const char* part : expected) {
    std::string p = part;
    CAPTURE(p);
    CHECK(Has(xml, p));
  }
}

TEST_CASE("csv: Neo4j admin import headers and rows") {
  graph::KnowledgeGraph g = Persons();
  std::string nodes = Write(WriteNodesCsv, g), edges = Write(WriteEdgesCsv, g);
  CHECK(nodes.substr(0, nodes.find('\n')) == "id:ID,:LABEL,label,kind,country,linked:boolean");
  CHECK(Has(nodes, "\nkp.kim-jong-un,Person,金正恩,person,KP,true\n"));
  CHECK(Has(nodes, "\nperson:李勇浩,Person;Unlinked,李勇浩,person,KP,false\n"));
  CHECK(edges.substr(0, 30) == ":START_ID,:END_ID,:TYPE,label,");
  CHECK(Has(edges, "value_usd:double"));
  CHECK(Has(edges, "docs:string[]"));
  CHECK(Has(edges, "\nkp.kim-jong-un,VN,VISIT,visit 2019-02,"));
  CHECK(Has(edges, ",HOLDS_OFFICE,"));
  // Evidence JSON is quoted with doubled quotes.
  CHECK(Has(edges, R"("[{""doc"":""000_c9d220f43a1d733f.txt"",""offset"":266,)"));
  CHECK(Neo4jType(graph::Relation::kRelationsEstablished) == "RELATIONS_ESTABLISHED");
}

TEST_CASE("dyads: one row per ordered pair and year, zeros in between") {
  std::string csv = Write(WriteDyads, Persons());
  const char* rows[] = {
      "iso1,iso2,year,visits_sent,meetings,agreements_signed,relations_established,aid_sent,trade_usd,exports_usd,"
      "trade_conflict\n",
      "\nKP,VN,1950,0,0,0,1,0,,,0\n",
      "\nKP,VN,1958,1,0,1,0,0,,,0\n",
      "\nVN,KP,1958,0,0,1,0,0,,,0\n",
      "\nKP,VN,1959,0,0,0,0,0,,,0\n",
      "\nKP,VN,2019,1,0,0,0,0,,,0\n",
      "\nVN,KP,2019,0,0,0,0,0,,,0\n",
      "\nCN,VN,2021,0,0,0,0,0,165900000000,,0\n",
      "\nVN,CN,2021,0,0,0,0,0,165900000000,,0\n",
  };
  for (const char* row : rows) {
    std::string r = row;
    CAPTURE(r);
    CHECK(Has(csv, r));
  }
  CHECK_FALSE(Has(csv, "2022"));  // 2022-01/2022-08 is not a calendar year
  CHECK_FALSE(Has(csv, "VN,CN,2020"));
  std::ostringstream out;
  CHECK(WriteDyads(graph::CountryView(Persons(), nullptr), out).code() == Status::Code::kUsage);
}

TEST_CASE("dyads: conflicting figures take the better supported one and are flagged") {
  auto events = testing::CorpusEvents();
  events.push_back(testing::Trade("VN", "CN", "2021", 170000000000, "x.txt", 1, "2021年越中贸易额1700亿美元。"));
  std::string csv = Write(WriteDyads, graph::BuildGraph(events, &testing::RepoGazetteer()));
  // Equal support (one article each): the larger figure.
  CHECK(Has(csv, "\nVN,CN,2021,0,0,0,0,0,170000000000,,1\n"));
}

TEST_CASE("outputs: every format, byte-identical across runs, written atomically") {
  graph::KnowledgeGraph persons = Persons();
  graph::KnowledgeGraph countries = graph::CountryView(persons, &testing::RepoGazetteer());
  OutputOptions options;
  REQUIRE(ParseFormats("dot,svg,graphml,json,csv,dyads", &options.formats).ok());
  auto dir = testing::ScratchDir("outputs");
  std::vector<std::string> first, second;
  options.prefix = (dir / "a" / "countries").string();
  REQUIRE(WriteOutputs(countries, persons, options, &first).ok());
  options.prefix = (dir / "b" / "countries").string();
  REQUIRE(WriteOutputs(countries, persons, options, &second).ok());
  REQUIRE(first.size() == 7);
  for (size_t i = 0; i < first.size(); ++i) {
    CAPTURE(first[i]);
    CHECK(testing::ReadFile(first[i]) == testing::ReadFile(second[i]));
    CHECK_FALSE(std::filesystem::exists(first[i] + ".tmp"));
  }
  CHECK(first[0].ends_with("countries.dot"));
  CHECK(first[4].ends_with("countries-nodes.csv"));
  CHECK(first[6].ends_with("countries-dyads.csv"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("outputs: format names") {
  std::vector<std::string> formats;
  CHECK(ParseFormats("json,dot,json", &formats).ok());
  CHECK(formats == std::vector<std::string>{"json", "dot"});
  CHECK(ParseFormats("json,jpeg", &formats).ToString() ==
        "unknown format 'jpeg' (dot, svg, png, pdf, graphml, json, csv, dyads)");
  CHECK(ParseFormats("", &formats).ToString() == "no output format given");
}

TEST_CASE("atomic file: a failed write leaves the old file and no temporary") {
  auto dir = testing::ScratchDir("atomic");
  auto path = dir / "out.txt";
  REQUIRE(WriteFileAtomically(path, "old\n").ok());
  Status status = WriteFileAtomically(path, [](std::ostream& out) {
    out << "half";
    return Status::IOError("writer", "gave up");
  });
  CHECK(status.ToString() == "writer: gave up");
  CHECK(testing::ReadFile(path) == "old\n");
  CHECK_FALSE(std::filesystem::exists(dir / "out.txt.tmp"));
  CHECK(WriteFileAtomically(dir / "missing" / "x.txt", "x").code() == Status::Code::kIOError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("atomic file: a pipe or a symbolic link is written in place, not replaced") {
  auto dir = testing::ScratchDir("atomic-in-place");
  // A pipe with its reader open already, so that opening it to write does not
  // block; a file renamed over it would leave the reader with nothing.
  auto fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  CHECK_FALSE(ReplaceableByRename(fifo));
  CHECK(WriteFileAtomically(fifo, "through the pipe\n").ok());
  char buffer[64] = {};
  ssize_t got = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  CHECK(std::string(buffer, got > 0 ? static_cast<size_t>(got) : 0) == "through the pipe\n");
  CHECK(std::filesystem::is_fifo(std::filesystem::symlink_status(fifo)));

  auto target = dir / "target.txt", link = dir / "link.txt";
  REQUIRE(WriteFileAtomically(target, "old\n").ok());
  std::filesystem::create_symlink(target, link);
  CHECK(ReplaceableByRename(target));
  CHECK_FALSE(ReplaceableByRename(link));
  CHECK(WriteFileAtomically(link, "new\n").ok());
  CHECK(std::filesystem::is_symlink(link));
  CHECK(testing::ReadFile(target) == "new\n");
  CHECK(ReplaceableByRename(dir / "absent.txt"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace bilat::exporter
