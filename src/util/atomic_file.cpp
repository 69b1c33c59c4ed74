#include "util/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace bilat {
namespace {

// Opens `target`, runs `write` on it and flushes; the status of both.
Status WriteTo(const std::filesystem::path& target, const std::function<Status(std::ostream&)>& write) {
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(target.string(), std::strerror(errno));
  Status status = write(out);
  out.flush();
  if (status.ok() && !out) status = Status::IOError(target.string(), "write failed");
  return status;
}

}  // namespace

bool ReplaceableByRename(const std::filesystem::path& path) {
  std::error_code ec;
  auto type = std::filesystem::symlink_status(path, ec).type();
  return type == std::filesystem::file_type::not_found || type == std::filesystem::file_type::regular;
}

Status WriteFileAtomically(const std::filesystem::path& path, const std::function<Status(std::ostream&)>& write) {
  if (!ReplaceableByRename(path)) return WriteTo(path, write);
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  Status status = WriteTo(tmp, write);
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
