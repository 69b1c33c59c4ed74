#include "gazetteer/loader.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "gazetteer/internal/raw_gazetteer.h"

namespace bilat::gazetteer {
namespace fs = std::filesystem;

Status LoadGazetteerFromMemory(const std::vector<SourceFile>& files, Gazetteer* gazetteer,
                               std::vector<Problem>* problems) {
  size_t before = problems->size();
  internal::RawGazetteer raw;
  for (const SourceFile& file : files) internal::ReadYamlFile(file, &raw, problems);
  // Validation needs every entry read, so it runs even after parse problems.
  Gazetteer built;
  internal::BuildGazetteer(std::move(raw), &built, problems);
  size_t found = problems->size() - before;
  if (found > 0)
    return Status::BadData(files.empty() ? "gazetteer" : files.front().name,
                           std::to_string(found) + " problem(s) in the gazetteer");
  *gazetteer = std::move(built);
  return Status::Ok();
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
  Status status = LoadGazetteerFromMemory(files, gazetteer, problems);
  return status.ok() ? status : Status::BadData(dir.string(), status.what());
}

fs::path DefaultGazetteerDir() {
  if (const char* env = std::getenv("BILAT_GAZETTEER"); env && *env) return env;
  std::error_code ec;
  if (fs::is_directory(BILAT_INSTALLED_GAZETTEER, ec)) return BILAT_INSTALLED_GAZETTEER;
  return BILAT_SOURCE_GAZETTEER;
}

}  // namespace bilat::gazetteer
