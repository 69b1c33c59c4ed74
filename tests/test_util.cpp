#include "test_util.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "gazetteer/loader.h"

namespace bilat::testing {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const gazetteer::Gazetteer& RepoGazetteer() {
  static const gazetteer::Gazetteer* loaded = [] {
    auto* g = new gazetteer::Gazetteer;
    std::vector<gazetteer::Problem> problems;
    Status status = gazetteer::LoadGazetteer(RepoPath("gazetteer"), g, &problems);
    for (const auto& p : problems) std::cerr << p.ToString() << "\n";
    if (!status.ok()) {
      std::cerr << status.ToString() << "\n";
      std::abort();
    }
    return g;
  }();
  return *loaded;
}

}  // namespace bilat::testing
