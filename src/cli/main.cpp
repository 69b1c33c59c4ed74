// bilat: bilateral relations from Chinese-language news, as a knowledge graph.
#include <iostream>
#include <map>

#include "cli/command.h"

namespace bilat::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"build", "Build the knowledge graph and write DOT, SVG, GraphML, JSON, CSV, dyads", SetupBuild},
      {"extract", "Extract events from articles as JSON Lines", SetupExtract},
      {"explain", "Show each sentence's mentions and the events drawn from it", SetupExplain},
      {"gazetteer", "Check the gazetteer (lint) or suggest entries from text", SetupGazetteer},
      {"score", "Score extracted events against gold annotations (precision, recall, F1)", SetupScore},
      {"query", "Ask the graph: visits, trade, agreements, meetings, path, top", SetupQuery},
  };
  return kCommands;
}

}  // namespace bilat::cli

int main(int argc, char** argv) {
  using namespace bilat::cli;
  CLI::App app{"bilat: a knowledge graph of bilateral relations from Chinese-language news", "bilat"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "bilat 0.1.0");
  std::map<CLI::App*, Run> runs;
  for (const Command& command : Commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    command.setup(sub, &runs[sub]);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, run] : runs)
    if (sub->parsed()) return run();
  return kExitUsage;
}
