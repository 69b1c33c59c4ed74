// tools/gen-corpus, the corpus tools/bench times: one seed gives the same
// bytes, and the articles are as dense in events as the seed articles they
// are made from. (A generator that redrew every name on its own, not once per
// article, split one article's relations into many: 2.55 events per KB
// against the seeds' 1.69.)
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "extract/pipeline.h"
#include "graph_fixtures.h"
#include "test_util.h"

namespace bilat::testing {
namespace {

namespace fs = std::filesystem;

// Runs tools/gen-corpus (Debian's /usr/bin/python3 with python3-yaml).
void Generate(const std::string& size_mb, int seed, const fs::path& dir) {
  std::string command = RepoPath("tools/gen-corpus").string();
  command.insert(0, 1, '\'');
  command.append("' ").append(size_mb).append(" ").append(std::to_string(seed));
  command.append(" '").append(dir.string()).append("' >/dev/null");
  REQUIRE(std::system(command.c_str()) == 0);
}

// Every *.txt file under `dir`, by its path relative to it.
std::map<std::string, std::string> Articles(const fs::path& dir) {
  std::map<std::string, std::string> articles;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".txt")
      articles[entry.path().lexically_relative(dir).generic_string()] = ReadFile(entry.path());
  return articles;
}

// Events that extraction finds in `dir`, per KB (1,024 bytes) of its articles.
double EventsPerKb(const fs::path& dir) {
  size_t bytes = 0;
  for (const auto& [name, text] : Articles(dir)) bytes += text.size();
  extract::RunSummary summary;
  auto ignore = [](const std::string&, std::vector<extract::Event>&&) {};
  REQUIRE(extract::RunExtraction({dir.string()}, RepoGazetteer(), {}, ignore, &summary).ok());
  REQUIRE(bytes > 0);
  return static_cast<double>(summary.events) * 1024 / static_cast<double>(bytes);
}

TEST_CASE("gen-corpus: one seed gives the same corpus, as dense in events as the seed articles") {
  const fs::path dir = ScratchDir("gen-corpus");
  Generate("0.3", 7, dir / "a");
  Generate("0.3", 7, dir / "b");
  const auto first = Articles(dir / "a");
  CHECK(first.size() > 20);
  CHECK(first == Articles(dir / "b"));

  const double seeds = EventsPerKb(RepoPath("corpus"));
  const double generated = EventsPerKb(dir / "a");
  CAPTURE(seeds);
  CAPTURE(generated);
  CHECK(generated > seeds * 0.8);
  CHECK(generated < seeds * 1.2);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace bilat::testing
