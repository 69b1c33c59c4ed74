// `bilat gazetteer lint [DIR]`: load and validate the gazetteer, print counts
// per kind (exit 0) or one line per problem as file:line:col: message (exit 2).
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "gazetteer/loader.h"
#include "io/input.h"
#include "link/suggest.h"
#include "text/article.h"
#include "text/decode.h"

namespace bilat::cli {
namespace {

int Lint(const std::string& dir_flag) {
  std::filesystem::path dir = dir_flag.empty() ? gazetteer::DefaultGazetteerDir() : std::filesystem::path(dir_flag);
  gazetteer::Gazetteer g;
  std::vector<gazetteer::Problem> problems;
  Status status = gazetteer::LoadGazetteer(dir, &g, &problems);
  for (const auto& p : problems) std::cerr << p.ToString() << "\n";
  if (!status.ok()) {
    std::cerr << "bilat gazetteer lint: " << status.ToString() << "\n";
    return kExitUsage;
  }
  size_t former = 0, roles = 0;
  for (const auto& c : g.countries()) former += !c.end.empty();
  for (const auto& p : g.people()) roles += p.roles.size();
  std::cout << dir.string() << ": ok\n"
            << "  countries      " << g.countries().size() << " (" << former << " former)\n"
            << "  people         " << g.people().size() << " (" << roles << " dated roles)\n"
            << "  organizations  " << g.organizations().size() << "\n"
            << "  offices        " << g.offices().size() << "\n"
            << "  titles         " << g.titles().size() << "\n"
            << "  aliases        " << g.matcher().key_count() << "\n";
  return kExitOk;
}

// `bilat gazetteer suggest INPUT... [-g DIR]`: unlinked titled names as YAML stubs.
int Suggest(const std::vector<std::string>& inputs, const std::string& dir) {
  auto g = LoadGazetteerOrReport(dir, "gazetteer suggest");
  if (!g) return kExitUsage;
  link::SuggestionCollector collector(*g);
  io::InputReader reader(inputs);
  io::RawArticle raw;
  int skipped = 0;
  while (reader.Next(&raw)) {
    std::string text = raw.content;
    if (!raw.is_utf8) {
      if (Status st = text::DecodeToUtf8(raw.content, raw.origin, {}, &text); !st.ok()) {
        std::cerr << "bilat gazetteer suggest: skipped " << st.ToString() << "\n";
        ++skipped;
        continue;
      }
    }
    collector.Add(text::ParseArticle(raw.id, std::move(text), raw.published, raw.url));
  }
  for (const Status& p : reader.problems()) {
    std::cerr << "bilat gazetteer suggest: skipped " << p.ToString() << "\n";
    ++skipped;
  }
  for (const Status& w : reader.warnings()) std::cerr << "bilat gazetteer suggest: warning " << w.ToString() << "\n";
  link::WriteSuggestionsYaml(std::cout, collector.Result());
  return skipped ? kExitSkipped : kExitOk;
}

}  // namespace

void SetupGazetteer(CLI::App* app, Run* run) {
  app->require_subcommand(1);
  auto* lint = app->add_subcommand("lint", "Validate a gazetteer folder");
  auto dir = std::make_shared<std::string>();
  lint->add_option("DIR", *dir, "Gazetteer folder (default: $BILAT_GAZETTEER, installed data, or the source tree's)");
  auto* suggest = app->add_subcommand("suggest", "List unlinked titled names seen in text, as YAML stubs");
  auto inputs = std::make_shared<std::vector<std::string>>();
  auto suggest_dir = std::make_shared<std::string>();
  suggest->add_option("INPUT", *inputs, "Article files, folders or JSON Lines")->required();
  suggest->add_option("-g,--gazetteer", *suggest_dir, "Gazetteer folder");
  *run = [lint, dir, suggest, inputs, suggest_dir]() -> int {
    if (lint->parsed()) return Lint(*dir);
    if (suggest->parsed()) return Suggest(*inputs, *suggest_dir);
    return kExitUsage;
  };
}

}  // namespace bilat::cli
