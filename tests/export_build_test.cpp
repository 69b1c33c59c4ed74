// End to end: the `bilat` binary builds the graph of corpus/ and writes every
// format; outputs are byte-identical across runs and thread counts; graphs/
// holds exactly what tools/demo makes from corpus/.
#include <doctest/doctest.h>

#include <cstdlib>

#include "graph_fixtures.h"
#include "test_util.h"

namespace bilat::testing {
namespace {

const char* const kSuffixes[] = {".dot", ".svg", ".graphml", ".json", "-nodes.csv", "-edges.csv", "-dyads.csv"};

// Runs a shell command; returns its exit code.
int Run(const std::string& command) {
  int rc = std::system(command.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::string Quote(const std::filesystem::path& path) {
  std::string quoted = "'";  // built by appending: GCC 12 warns (-Wrestrict) on "'" + string
  quoted += path.string();
  quoted += "'";
  return quoted;
}

// `bilat build corpus` as tools/demo runs it, with -j and the output prefix.
int BuildCorpus(const std::string& view, int threads, const std::filesystem::path& prefix) {
  std::filesystem::create_directories(prefix.parent_path());
  return Run(std::string(BILAT_BINARY) + " build " + Quote(RepoPath("corpus")) + " -g " + Quote(RepoPath("gazetteer")) +
             " -j " + std::to_string(threads) + " -o " + Quote(prefix) + " --view " + view +
             " --format dot,svg,graphml,json,csv,dyads 2>" + Quote(prefix.string() + ".log"));
}

TEST_CASE("bilat build: corpus/ in every format, byte-identical across thread counts, read by dot and networkx") {
  auto dir = ScratchDir("build");
  for (const std::string view : {"persons", "countries"}) {
    CAPTURE(view);
    REQUIRE(BuildCorpus(view, 1, dir / "j1" / view) == 0);
    REQUIRE(BuildCorpus(view, 2, dir / "j2" / view) == 0);
    for (const char* suffix : kSuffixes) {
      std::string a = (dir / "j1" / view).string() + suffix, b = (dir / "j2" / view).string() + suffix;
      CAPTURE(a);
      CHECK(std::filesystem::file_size(a) > 0);
      CHECK(ReadFile(a) == ReadFile(b));
    }
    auto prefix = (dir / "j1" / view).string();
    CHECK(Run("/usr/bin/dot -Tsvg " + Quote(prefix + ".dot") + " -o /dev/null") == 0);
    CHECK(Run("/usr/bin/python3 " + Quote(RepoPath("tests/networkx_check.py")) + " " + Quote(prefix + ".graphml") +
              " " + Quote(prefix + ".json") + " " + view + " >/dev/null") == 0);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("bilat build: events from bilat extract make the same graph as the articles") {
  auto dir = ScratchDir("events");
  std::string gaz = " -g " + Quote(RepoPath("gazetteer"));
  REQUIRE(Run(std::string(BILAT_BINARY) + " extract " + Quote(RepoPath("corpus")) + gaz + " -o " +
              Quote(dir / "events.jsonl") + " 2>/dev/null") == 0);
  REQUIRE(Run(std::string(BILAT_BINARY) + " build " + Quote(dir / "events.jsonl") + gaz + " -o " +
              Quote(dir / "from-events") + " --format json 2>/dev/null") == 0);
  REQUIRE(Run(std::string(BILAT_BINARY) + " build " + Quote(RepoPath("corpus")) + gaz + " -o " +
              Quote(dir / "from-articles") + " --format json 2>/dev/null") == 0);
  CHECK(ReadFile(dir / "from-events.json") == ReadFile(dir / "from-articles.json"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("bilat extract: an output that is a symbolic link keeps it and fills its target") {
  auto dir = ScratchDir("extract-link");
  const std::string gaz = " -g " + Quote(RepoPath("gazetteer"));
  REQUIRE(Run(std::string(BILAT_BINARY) + " extract " + Quote(RepoPath("corpus")) + gaz + " -o " +
              Quote(dir / "direct.jsonl") + " 2>/dev/null") == 0);
  std::filesystem::create_symlink(dir / "target.jsonl", dir / "link.jsonl");
  REQUIRE(Run(std::string(BILAT_BINARY) + " extract " + Quote(RepoPath("corpus")) + gaz + " -o " +
              Quote(dir / "link.jsonl") + " 2>/dev/null") == 0);
  CHECK(std::filesystem::is_symlink(dir / "link.jsonl"));
  CHECK_FALSE(ReadFile(dir / "direct.jsonl").empty());
  CHECK(ReadFile(dir / "target.jsonl") == ReadFile(dir / "direct.jsonl"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("bilat build: usage errors exit 2 and name the flag") {
  struct Row {
    const char* flags;
    const char* message;
  };
  const Row rows[] = {
      {"--view nations", "bilat build: --view: expected persons or countries, got 'nations'\n"},
      {"--types visit,visits", "bilat build: unknown relation type 'visits'\n"},
      {"--since 2019-13", "bilat build: --since: expected YYYY, YYYY-MM or YYYY-MM-DD, got '2019-13'\n"},
      {"--format json,jpeg",
       "bilat build: unknown format 'jpeg' (dot, svg, png, pdf, graphml, json, csv, dyads)\n"},
      {"--layout circo", "bilat build: unknown layout 'circo' (dot, neato, sfdp)\n"},
  };
  auto dir = ScratchDir("usage");
  for (const Row& row : rows) {
    std::string flags = row.flags;
    CAPTURE(flags);
    CHECK(Run(std::string(BILAT_BINARY) + " build " + Quote(RepoPath("corpus")) + " -o " + Quote(dir / "x") + " " +
              flags + " 2>" + Quote(dir / "err")) == 2);
    CHECK(ReadFile(dir / "err") == row.message);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("graphs/ is what tools/demo makes from corpus/ (if this fails, run tools/demo)") {
  auto dir = ScratchDir("graphs");
  for (const std::string view : {"persons", "countries"}) {
    REQUIRE(BuildCorpus(view, 1, dir / view) == 0);
    for (const char* suffix : kSuffixes) {
      std::string committed = RepoPath("graphs/" + view + suffix).string();
      CAPTURE(committed);
      REQUIRE(std::filesystem::exists(committed));
      CHECK(ReadFile(committed) == ReadFile((dir / view).string() + suffix));
    }
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace bilat::testing
