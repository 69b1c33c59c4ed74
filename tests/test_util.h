// Shared fixtures for the test suite: paths into the repository, reading
// files, a gazetteer loaded once from gazetteer/, and the seed sentences.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"

namespace bilat::testing {

inline std::filesystem::path RepoPath(const std::string& relative) {
  return std::filesystem::path(BILAT_REPO_DIR) / relative;
}

std::string ReadFile(const std::filesystem::path& path);

// `utf8` in `encoding` (an ICU converter name), or nullopt when some
// character has no mapping there.
std::optional<std::string> Encode(const std::string& utf8, const char* encoding);

// The repository's gazetteer, loaded on first use; aborts the test run if it
// does not load.
const gazetteer::Gazetteer& RepoGazetteer();

// Every sentence of the articles in corpus/, normalized.
std::vector<std::string> NormalizedSeedSentences();

}  // namespace bilat::testing
