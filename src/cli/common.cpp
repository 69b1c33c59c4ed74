#include "cli/common.h"

#include <iostream>

#include "cli/command.h"
#include "gazetteer/loader.h"

namespace bilat::cli {

std::unique_ptr<gazetteer::Gazetteer> LoadGazetteerOrReport(const std::string& dir, const char* command) {
  auto g = std::make_unique<gazetteer::Gazetteer>();
  std::vector<gazetteer::Problem> problems;
  std::filesystem::path path = dir.empty() ? gazetteer::DefaultGazetteerDir() : std::filesystem::path(dir);
  Status status = gazetteer::LoadGazetteer(path, g.get(), &problems);
  for (const auto& p : problems) std::cerr << p.ToString() << "\n";
  if (!status.ok()) {
    std::cerr << "bilat " << command << ": " << status.ToString() << "\n";
    return nullptr;
  }
  return g;
}

int ReportRun(const extract::RunSummary& summary, const char* command) {
  for (const Status& p : summary.problems) std::cerr << "bilat " << command << ": skipped " << p.ToString() << "\n";
  for (const Status& w : summary.warnings) std::cerr << "bilat " << command << ": warning " << w.ToString() << "\n";
  std::cerr << "bilat " << command << ": " << summary.ToString() << "\n";
  return summary.skipped_total() > 0 ? kExitSkipped : kExitOk;
}

}  // namespace bilat::cli
