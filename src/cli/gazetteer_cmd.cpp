// `bilat gazetteer lint [DIR]`: load and validate the gazetteer, print counts
// per kind (exit 0) or one line per problem as file:line:col: message (exit 2).
#include <iostream>

#include "cli/command.h"
#include "gazetteer/loader.h"

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

}  // namespace

void SetupGazetteer(CLI::App* app, Run* run) {
  app->require_subcommand(1);
  auto* lint = app->add_subcommand("lint", "Validate a gazetteer folder");
  auto dir = std::make_shared<std::string>();
  lint->add_option("DIR", *dir, "Gazetteer folder (default: $BILAT_GAZETTEER, installed data, or the source tree's)");
  *run = [lint, dir]() -> int {
    if (lint->parsed()) return Lint(*dir);
    return kExitUsage;
  };
}

}  // namespace bilat::cli
