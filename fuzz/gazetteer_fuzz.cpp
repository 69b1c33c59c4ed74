// Fuzz target: the gazetteer YAML loader on one file of any bytes. It must
// never crash nor throw, and every problem it reports must have a place
// (file, line >= 1, column >= 1) and a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "gazetteer/loader.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<bilat::gazetteer::SourceFile> files = {
      {"fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)}};
  bilat::gazetteer::Gazetteer gazetteer;
  std::vector<bilat::gazetteer::Problem> problems;
  bilat::Status status = bilat::gazetteer::LoadGazetteerFromMemory(files, &gazetteer, &problems);
  Check(status.ok() == problems.empty());
  for (const auto& p : problems) {
    Check(!p.message.empty());
    Check(!p.pos.file.empty());
  }
  return 0;
}
