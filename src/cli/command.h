// The subcommand table of the `bilat` executable. Each subcommand lives in its
// own file and only parses flags, calls the library and turns Status into
// stderr text and an exit code (0 ok, 1 some inputs skipped, 2 usage or
// configuration error).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace bilat::cli {

enum ExitCode { kExitOk = 0, kExitSkipped = 1, kExitUsage = 2 };

using Run = std::function<int()>;

struct Command {
  const char* name;
  const char* description;
  // Declares the subcommand's flags on `app` and sets *run to its body.
  void (*setup)(CLI::App* app, Run* run);
};

// Every subcommand, in the order `bilat --help` lists them.
const std::vector<Command>& Commands();

// Subcommand setups (one file each).
void SetupGazetteer(CLI::App* app, Run* run);
void SetupBuild(CLI::App* app, Run* run);
void SetupExtract(CLI::App* app, Run* run);
void SetupExplain(CLI::App* app, Run* run);
void SetupScore(CLI::App* app, Run* run);
void SetupQuery(CLI::App* app, Run* run);

}  // namespace bilat::cli
