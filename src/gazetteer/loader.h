// Loading the gazetteer: every *.yaml below a folder (or in-memory files, for
// tests) parsed, merged (the hand-kept countries.yaml overlays the generated
// country names), validated and compiled into an immutable Gazetteer.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "gazetteer/entity.h"
#include "gazetteer/gazetteer.h"
#include "util/status.h"

namespace bilat::gazetteer {

// One thing wrong with the data, with its place: "file:line:col: message".
struct Problem {
  SourcePos pos;
  std::string message;
  std::string ToString() const { return pos.ToString() + ": " + message; }
};

struct SourceFile {
  std::string name;  // shown in messages
  std::string text;
};

// On success fills *gazetteer and returns ok. Otherwise returns an error and
// appends every problem found (all files are read, not just up to the first).
Status LoadGazetteer(const std::filesystem::path& dir, Gazetteer* gazetteer,
                     std::vector<Problem>* problems);
Status LoadGazetteerFromMemory(const std::vector<SourceFile>& files, Gazetteer* gazetteer,
                               std::vector<Problem>* problems);

// The folder to use when none is given: $BILAT_GAZETTEER, else the installed
// data folder, else gazetteer/ of the source tree.
std::filesystem::path DefaultGazetteerDir();

}  // namespace bilat::gazetteer
