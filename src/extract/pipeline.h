// The extraction pipeline: reads every input (files, folders, JSON Lines),
// decodes and parses each article, extracts its events and hands them to a
// sink in input order. Inputs that cannot be read are skipped and counted by
// reason; the run goes on. Deterministic whatever the thread count.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event.h"
#include "gazetteer/gazetteer.h"
#include "io/input.h"
#include "util/status.h"

namespace bilat::extract {

struct PipelineOptions {
  int threads = 0;        // worker threads; 0: the number of cores
  std::string encoding;   // "" detects per file; else forces e.g. "GB18030"
  io::InputOptions input; // what is read: the shard of the inputs, size limits
};

struct RunSummary {
  size_t articles_read = 0;         // decoded and processed
  size_t articles_with_events = 0;
  size_t events = 0;
  std::map<std::string, size_t> skipped;  // reason → count
  std::vector<Status> problems;           // one per skipped input, with its place
  std::vector<Status> warnings;           // metadata left out of articles that were read

  size_t skipped_total() const;
  // "5 articles read, 4 with events, 87 events; 1 skipped (invalid UTF-8: 1)",
  // then "; 2 warnings" when there are any.
  std::string ToString() const;
};

// Called once per article that was read, in input order, with its events.
using EventSink = std::function<void(const std::string& doc, std::vector<Event>&& events)>;
// Appends one article's events to *out as bytes (e.g. JSON Lines). Called in
// the worker threads, so it must be thread-safe.
using EventRenderer = std::function<void(const std::vector<Event>& events, std::string* out)>;
// Called once per article that was read, in input order, with its rendered events.
using TextSink = std::function<void(const std::string& doc, std::string_view text)>;

// Returns a usage/configuration error only when the run could not start;
// skipped inputs are reported in *summary.
Status RunExtraction(const std::vector<std::string>& inputs, const gazetteer::Gazetteer& gazetteer,
                     const PipelineOptions& options, const EventSink& sink, RunSummary* summary);
// The same, with each article's events rendered in the worker that found
// them, so that serialization runs in parallel and the sink only writes bytes.
Status RunExtraction(const std::vector<std::string>& inputs, const gazetteer::Gazetteer& gazetteer,
                     const PipelineOptions& options, const EventRenderer& render, const TextSink& sink,
                     RunSummary* summary);

}  // namespace bilat::extract
