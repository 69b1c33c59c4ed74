#include "gazetteer/loader.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "gazetteer/internal/raw_cache.h"
#include "gazetteer/internal/raw_gazetteer.h"

namespace bilat::gazetteer {
namespace fs = std::filesystem;

namespace {

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The validated RawGazetteer of exactly these files, if a cache has it.
bool LoadCached(const std::vector<SourceFile>& files, internal::RawGazetteer* raw, fs::path* cache_file) {
  auto dir = internal::CacheDir();
  if (!dir) return false;
  char name[32];
  std::snprintf(name, sizeof name, "gazetteer-%016llx.bin",
                static_cast<unsigned long long>(internal::HashSources(files)));
  *cache_file = *dir / name;
  std::error_code ec;
  if (!fs::is_regular_file(*cache_file, ec)) return false;
  return internal::DeserializeRaw(ReadAll(*cache_file), raw);
}

// Best effort: a cache that cannot be written only costs the next run time.
void StoreCache(const internal::RawGazetteer& raw, const fs::path& cache_file) {
  if (cache_file.empty()) return;
  std::error_code ec;
  fs::create_directories(cache_file.parent_path(), ec);
  fs::path tmp = cache_file;
  tmp += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary);
    out << internal::SerializeRaw(raw);
    if (!out) return fs::remove(tmp, ec), void();
  }
  fs::rename(tmp, cache_file, ec);
  if (ec) fs::remove(tmp, ec);
}

Status Load(const std::vector<SourceFile>& files, bool use_cache, Gazetteer* gazetteer,
            std::vector<Problem>* problems) {
  size_t before = problems->size();
  internal::RawGazetteer raw;
  fs::path cache_file;
  bool cached = use_cache && LoadCached(files, &raw, &cache_file);
  if (!cached)
    for (const SourceFile& file : files) internal::ReadYamlFile(file, &raw, problems);
  std::optional<internal::RawGazetteer> to_store;
  if (use_cache && !cached && problems->size() == before) to_store = raw;
  // Validation needs every entry read, so it runs even after parse problems.
  Gazetteer built;
  internal::BuildGazetteer(std::move(raw), &built, problems);
  size_t found = problems->size() - before;
  if (found > 0)
    return Status::BadData(files.empty() ? "gazetteer" : files.front().name,
                           std::to_string(found) + " problem(s) in the gazetteer");
  if (to_store) StoreCache(*to_store, cache_file);
  *gazetteer = std::move(built);
  return Status::Ok();
}

}  // namespace

Status LoadGazetteerFromMemory(const std::vector<SourceFile>& files, Gazetteer* gazetteer,
                               std::vector<Problem>* problems) {
  return Load(files, /*use_cache=*/false, gazetteer, problems);
}

Status LoadGazetteer(const fs::path& dir, Gazetteer* gazetteer, std::vector<Problem>* problems) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir.string(), "no gazetteer folder here");
  std::vector<fs::path> paths;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".yaml") paths.push_back(it->path());
  }
  if (ec) return Status::IOError(dir.string(), ec.message());
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) return Status::NotFound(dir.string(), "no *.yaml files in the gazetteer folder");
  std::vector<SourceFile> files;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path.string(), "cannot read");
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({path.string(), text.str()});
  }
  Status status = Load(files, /*use_cache=*/true, gazetteer, problems);
  return status.ok() ? status : Status::BadData(dir.string(), status.what());
}

fs::path DefaultGazetteerDir() {
  if (const char* env = std::getenv("BILAT_GAZETTEER"); env && *env) return env;
  std::error_code ec;
  if (fs::is_directory(BILAT_INSTALLED_GAZETTEER, ec)) return BILAT_INSTALLED_GAZETTEER;
  return BILAT_SOURCE_GAZETTEER;
}

}  // namespace bilat::gazetteer
