// A binary form of RawGazetteer, so that a gazetteer already validated is
// loaded without parsing its YAML again (yaml-cpp takes ~0.2 s on ours).
// The cache file's name carries a hash of every YAML file's name and bytes,
// so any edit makes a new one. Internal to the gazetteer module.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/internal/raw_gazetteer.h"

namespace bilat::gazetteer::internal {

// FNV-1a over the files' names and contents and the format version.
uint64_t HashSources(const std::vector<SourceFile>& files);

std::string SerializeRaw(const RawGazetteer& raw);
// False when the bytes are not a cache of this format version.
bool DeserializeRaw(std::string_view bytes, RawGazetteer* raw);

// $BILAT_CACHE_DIR, else $XDG_CACHE_HOME/bilat, else $HOME/.cache/bilat;
// nullopt when $BILAT_NO_CACHE is set or no folder can be named.
std::optional<std::filesystem::path> CacheDir();

}  // namespace bilat::gazetteer::internal
