// Helpers shared by subcommands: loading the gazetteer named by -g (or the
// default) with its problems printed, and writing the run summary.
#pragma once

#include <memory>
#include <string>

#include "extract/pipeline.h"
#include "gazetteer/gazetteer.h"

namespace bilat::cli {

// Loads the gazetteer at `dir` ("" for the default); prints problems to
// stderr and returns nullptr on failure.
std::unique_ptr<gazetteer::Gazetteer> LoadGazetteerOrReport(const std::string& dir, const char* command);

// Prints every skipped input and the summary line to stderr; returns the
// exit code for the run (0, or 1 when inputs were skipped).
int ReportRun(const extract::RunSummary& summary, const char* command);

}  // namespace bilat::cli
