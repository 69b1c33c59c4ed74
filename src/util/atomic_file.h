// Writing a file atomically: the content goes to "<path>.tmp" and is renamed
// over <path> only when complete, so readers never see a half-written file and
// a failed run leaves the old file in place. Thread-safe for distinct paths.
// A path that names something a rename would replace rather than write (a
// device such as /dev/null, a pipe, a symbolic link) is written in place.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

#include "util/status.h"

namespace bilat {

// Calls write(out) on a stream to the temporary file, then renames it. An
// error from `write`, or a stream failure, removes the temporary file.
Status WriteFileAtomically(const std::filesystem::path& path, const std::function<Status(std::ostream&)>& write);

// The same for content already in memory.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content);

// True when `path` is a regular file or does not exist: the cases where a
// temporary file renamed over it stands for it.
bool ReplaceableByRename(const std::filesystem::path& path);

}  // namespace bilat
