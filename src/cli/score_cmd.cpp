// `bilat score EVENTS GOLD_DIR [--errors] [--format table|json]`: score the
// JSON Lines events `bilat extract` wrote against the gold files of GOLD_DIR
// (shared/gold/SCHEMA.md, "Scoring"). Exit 0 with the report on stdout; 2 when
// an input cannot be read, naming the file and line.
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "score/gold.h"
#include "score/report.h"
#include "score/scorer.h"

namespace bilat::cli {
namespace {

struct ScoreFlags {
  std::string events;
  std::string gold_dir;
  bool errors = false;
  std::string format = "table";
};

int Fail(const Status& status) {
  std::cerr << "bilat score: " << status.ToString() << "\n";
  return kExitUsage;
}

int RunScore(const ScoreFlags& flags) {
  std::ifstream in(flags.events, std::ios::binary);
  if (!in.is_open()) return Fail(Status::IOError(flags.events, "cannot open the file"));
  std::vector<extract::Event> events;
  if (Status s = score::ReadEventLines(in, flags.events, &events); !s.ok()) return Fail(s);
  std::vector<score::GoldDoc> gold;
  if (Status s = score::LoadGoldDir(flags.gold_dir, &gold); !s.ok()) return Fail(s);
  score::ScoreReport report = score::Score(events, gold);
  if (flags.format == "json")
    std::cout << score::ScoreToJson(report, flags.errors).dump(2) << "\n";
  else
    score::WriteScoreTable(std::cout, report, flags.errors);
  return kExitOk;
}

}  // namespace

void SetupScore(CLI::App* app, Run* run) {
  auto flags = std::make_shared<ScoreFlags>();
  app->add_option("EVENTS", flags->events, "JSON Lines events written by bilat extract")->required();
  app->add_option("GOLD_DIR", flags->gold_dir, "Folder of gold *.yaml files")->required();
  app->add_flag("--errors", flags->errors, "List each type's misses and false hits");
  app->add_option("--format", flags->format, "Output format")->check(CLI::IsMember({"table", "json"}));
  *run = [flags]() { return RunScore(*flags); };
}

}  // namespace bilat::cli
