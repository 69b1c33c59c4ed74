// `bilat extract INPUT... [-g DIR] [-o FILE] [-j N] [--encoding E] [--shard K/N]`:
// events as JSON Lines, in input order, on stdout or in FILE.
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "extract/event_json.h"
#include "io/async_writer.h"
#include "util/atomic_file.h"

namespace bilat::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> inputs;
  std::string gazetteer_dir, output, encoding, shard;
  int threads = 0;
};

int RunExtract(const ExtractFlags& flags) {
  extract::PipelineOptions options;
  options.threads = flags.threads;
  options.encoding = flags.encoding;
  if (Status s = flags.shard.empty() ? Status::Ok() : io::ParseShard(flags.shard, &options.input); !s.ok()) {
    std::cerr << "bilat extract: " << s.ToString() << "\n";
    return kExitUsage;
  }
  auto g = LoadGazetteerOrReport(flags.gazetteer_dir, "extract");
  if (!g) return kExitUsage;
  extract::RunSummary summary;
  Status run_status;
  // Extracts into `out`, which a writer thread fills while extraction goes on.
  auto extract_to = [&](std::ostream& out) {
    io::AsyncWriter writer(out);
    run_status = extract::RunExtraction(
        flags.inputs, *g, options, extract::AppendEventLines,
        [&writer](const std::string&, std::string_view lines) { writer.Write(lines); }, &summary);
    const bool written = writer.Finish();
    if (!run_status.ok()) return run_status;
    return written ? Status::Ok() : Status::IOError("", "write failed");
  };
  Status status = flags.output.empty() ? extract_to(std::cout) : WriteFileAtomically(flags.output, extract_to);
  if (!run_status.ok()) {
    std::cerr << "bilat extract: " << run_status.ToString() << "\n";
    return kExitUsage;
  }
  if (!status.ok()) {
    std::cerr << "bilat extract: " << (flags.output.empty() ? "standard output" : flags.output)
              << ": cannot write (" << status.what() << ")\n";
    return kExitUsage;
  }
  return ReportRun(summary, "extract");
}

}  // namespace

void SetupExtract(CLI::App* app, Run* run) {
  auto flags = std::make_shared<ExtractFlags>();
  app->add_option("INPUT", flags->inputs, "Article files, folders, JSON Lines files, or - for stdin")->required();
  app->add_option("-g,--gazetteer", flags->gazetteer_dir, "Gazetteer folder");
  app->add_option("-o,--output", flags->output, "Write events here instead of stdout");
  app->add_option("-j,--jobs", flags->threads, "Worker threads (default: the number of cores)");
  app->add_option("--encoding", flags->encoding, "Force an input encoding (GB18030, Big5, UTF-16, ...)");
  app->add_option("--shard", flags->shard,
                  "K/N: only the articles numbered K modulo N in input order (run N machines, one shard each)");
  *run = [flags] { return RunExtract(*flags); };
}

}  // namespace bilat::cli
