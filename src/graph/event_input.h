// Reading the events `bilat extract` wrote (JSON Lines, one event object with
// a "type" field per line) so that `bilat build` can merge event files from
// many runs or shards. Pure functions over streams; thread-safe.
#pragma once

#include <filesystem>
#include <functional>
#include <istream>
#include <string_view>

#include "extract/event.h"
#include "util/status.h"

namespace bilat::graph {

// True when `path` is a .jsonl file whose first non-blank line is a JSON
// object with a "type" field (an event file, not articles as JSON Lines).
bool IsEventFile(const std::filesystem::path& path);

// Calls `sink` for each event of the stream, in order. Blank lines are
// skipped; the first malformed line stops the read with BadData at
// "where:line".
Status ReadEventLines(std::istream& in, std::string_view where, const std::function<void(extract::Event&&)>& sink,
                      size_t* count);

}  // namespace bilat::graph
