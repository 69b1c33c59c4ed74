// Sharded extraction (PipelineOptions::input, `bilat extract --shard K/N`):
// the shards of the bundled corpus together give exactly the events of one
// whole run, each article's events in one shard only.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "extract/event_json.h"
#include "extract/pipeline.h"
#include "test_util.h"

namespace bilat::extract {
namespace {

// Article id → its events as JSON Lines, for shard `index` of `count`.
std::map<std::string, std::string> Extract(size_t index, size_t count, RunSummary* summary) {
  PipelineOptions options;
  options.threads = 2;
  options.input.shard_index = index;
  options.input.shard_count = count;
  std::map<std::string, std::string> out;
  Status status = RunExtraction({testing::RepoPath("corpus").string()}, testing::RepoGazetteer(), options,
                                AppendEventLines,
                                [&](const std::string& doc, std::string_view lines) { out[doc] += lines; }, summary);
  REQUIRE(status.ok());
  return out;
}

TEST_CASE("extract shards: together they give the whole run's events, each article once") {
  RunSummary whole_summary;
  const std::map<std::string, std::string> whole = Extract(0, 1, &whole_summary);
  REQUIRE(whole.size() == 5);
  for (size_t count : {2, 3, 5, 8}) {
    CAPTURE(count);
    std::map<std::string, std::string> joined;
    size_t read = 0, events = 0;
    for (size_t index = 0; index < count; ++index) {
      RunSummary summary;
      for (auto& [doc, lines] : Extract(index, count, &summary)) {
        CHECK(joined.count(doc) == 0);
        joined[doc] = lines;
      }
      read += summary.articles_read;
      events += summary.events;
    }
    CHECK(joined == whole);
    CHECK(read == whole_summary.articles_read);
    CHECK(events == whole_summary.events);
  }
}

}  // namespace
}  // namespace bilat::extract
