#include "util/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace bilat {

Status WriteFileAtomically(const std::filesystem::path& path, const std::function<Status(std::ostream&)>& write) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  Status status;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError(tmp.string(), std::strerror(errno));
    status = write(out);
    out.flush();
    if (status.ok() && !out) status = Status::IOError(tmp.string(), "write failed");
  }
  std::error_code ec;
  if (status.ok()) {
    std::filesystem::rename(tmp, path, ec);
    if (ec) status = Status::IOError(path.string(), "cannot rename " + tmp.string() + ": " + ec.message());
  }
  if (!status.ok()) std::filesystem::remove(tmp, ec);
  return status;
}

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content) {
  return WriteFileAtomically(path, [content](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return Status::Ok();
  });
}

}  // namespace bilat
