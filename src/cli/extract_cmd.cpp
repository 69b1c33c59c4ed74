// `bilat extract INPUT... [-g DIR] [-o FILE] [-j N] [--encoding E] [--shard K/N]`:
// events as JSON Lines, in input order, on stdout or in FILE.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "extract/event_json.h"
#include "io/async_writer.h"

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
  std::ofstream file;
  std::string tmp = flags.output + ".tmp";
  if (!flags.output.empty()) {
    file.open(tmp, std::ios::binary);
    if (!file) {
      std::cerr << "bilat extract: " << flags.output << ": cannot write (" << std::strerror(errno) << ")\n";
      return kExitUsage;
    }
  }
  std::ostream& out = flags.output.empty() ? std::cout : file;
  io::AsyncWriter writer(out);  // extraction goes on while a write waits for the disk
  extract::RunSummary summary;
  Status status = extract::RunExtraction(
      flags.inputs, *g, options, extract::AppendEventLines,
      [&writer](const std::string&, std::string_view lines) { writer.Write(lines); }, &summary);
  const bool written = writer.Finish();
  if (!status.ok()) {
    std::cerr << "bilat extract: " << status.ToString() << "\n";
    if (!flags.output.empty()) {
      file.close();
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
    }
    return kExitUsage;
  }
  if (flags.output.empty() && !written) {
    std::cerr << "bilat extract: cannot write to standard output\n";
    return kExitUsage;
  }
  if (!flags.output.empty()) {
    file.close();
    std::error_code ec;
    if (written && file) std::filesystem::rename(tmp, flags.output, ec);
    if (!written || !file || ec) {
      std::string why = ec ? ec.message() : "write failed";
      std::filesystem::remove(tmp, ec);
      std::cerr << "bilat extract: " << flags.output << ": cannot write (" << why << ")\n";
      return kExitUsage;
    }
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
