#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "export/dot_writer.h"
#include "export/render.h"
#include "graph/graph_builder.h"
#include "graph/views.h"
#include "graph_fixtures.h"
#include "test_util.h"

namespace bilat::exporter {
namespace {

graph::KnowledgeGraph Persons() { return graph::BuildGraph(testing::CorpusEvents(), &testing::RepoGazetteer()); }

std::string Dot(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  REQUIRE(WriteDot(g, {}, out).ok());
  return out.str();
}

std::string Picture(const graph::KnowledgeGraph& g, const std::string& format, const std::string& layout = "dot") {
  std::ostringstream out;
  RenderOptions options;
  options.format = format;
  options.layout = layout;
  Status status = Render(g, options, out);
  CHECK(status.ok());
  return out.str();
}

TEST_CASE("dot: Chinese labels quoted, styles by kind and relation, a legend, deterministic") {
  graph::KnowledgeGraph g = Persons();
  std::string dot = Dot(g);
  CHECK(dot.find("digraph bilat {") == 0);
  CHECK(dot.find("\"kp.kim-jong-un\"") != std::string::npos);
  CHECK(dot.find("label=\"金正恩\\nKP\"") != std::string::npos);
  CHECK(dot.find("\"person:李勇浩\"") != std::string::npos);
  CHECK(dot.find("style=\"filled,dashed\"") != std::string::npos);  // the unlinked person
  CHECK(dot.find("relation=relations_established") != std::string::npos);
  CHECK(dot.find("图例 Legend") != std::string::npos);
  CHECK(dot.find("fontname=\"Noto Sans CJK SC\"") != std::string::npos);
  CHECK(Dot(g) == dot);
}

TEST_CASE("dot: Graphviz's own dot -Tsvg accepts every file bilat writes") {
  auto dir = testing::ScratchDir("dot");
  graph::KnowledgeGraph persons = Persons();
  // Labels that need quoting and escaping.
  graph::NodeProps odd{"person:\"引号\" \\ 反斜杠", graph::NodeKind::kPerson, "\"引号\" \\ 反斜杠 <b>&", "VN", false};
  graph::KnowledgeGraph tricky = persons;
  tricky.AddEdge(tricky.AddNode(odd), *tricky.FindNode("VN"), {});
  const std::pair<const char*, graph::KnowledgeGraph> cases[] = {
      {"persons", persons},
      {"countries", graph::CountryView(persons, &testing::RepoGazetteer())},
      {"tricky", tricky},
      {"empty", graph::KnowledgeGraph{}},
  };
  for (const auto& [name, g] : cases) {
    std::string file = (dir / (std::string(name) + ".dot")).string();
    CAPTURE(file);
    std::ofstream(file) << Dot(g);
    std::string command = "/usr/bin/dot -Tsvg '" + file + "' -o '" + file + ".svg' 2>'" + file + ".err'";
    CHECK(std::system(command.c_str()) == 0);
    CHECK(testing::ReadFile(file + ".err") == "");
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("render: SVG and PNG in process, Chinese text, every layout") {
  graph::KnowledgeGraph countries = graph::CountryView(Persons(), &testing::RepoGazetteer());
  std::string svg = Picture(countries, "svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("越南") != std::string::npos);
  CHECK(svg.find("Noto Sans CJK SC") != std::string::npos);
  CHECK(svg.find("图例 Legend") != std::string::npos);
  CHECK(Picture(countries, "svg") == svg);
  std::string png = Picture(countries, "png");
  CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  for (const char* layout : {"neato", "sfdp"}) {
    CAPTURE(layout);
    CHECK(Picture(countries, "svg", layout).find("越南") != std::string::npos);
  }
}

TEST_CASE("render: unknown format or layout is a usage error") {
  RenderOptions options;
  options.format = "gif";
  CHECK(CheckRenderOptions(options).ToString() == "unknown picture format 'gif' (svg, png, pdf)");
  options.format = "svg";
  options.layout = "circo";
  CHECK(CheckRenderOptions(options).ToString() == "unknown layout 'circo' (dot, neato, sfdp)");
  std::ostringstream out;
  CHECK(Render(Persons(), options, out).code() == Status::Code::kUsage);
}

}  // namespace
}  // namespace bilat::exporter
