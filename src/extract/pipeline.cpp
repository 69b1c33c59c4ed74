#include "extract/pipeline.h"

#include <atomic>
#include <thread>

#include "extract/extractor.h"
#include "io/input.h"
#include "text/article.h"
#include "text/decode.h"

namespace bilat::extract {
namespace {

struct Job {
  io::RawArticle raw;
  std::vector<Event> events;
  Status status;  // decoding failure: the article is skipped
};

// The reason of a skipped article, for the summary's counts: the message
// without its place and details ("byte 17: invalid UTF-8 (...)" → "invalid UTF-8").
std::string Reason(const Status& status) {
  std::string what = status.what();
  if (what.rfind("byte ", 0) == 0) {
    size_t colon = what.find(": ");
    if (colon != std::string::npos) what = what.substr(colon + 2);
  }
  size_t paren = what.find(" (");
  return paren == std::string::npos ? what : what.substr(0, paren);
}

void Process(const Extractor& extractor, const PipelineOptions& options, Job* job) {
  std::string text;
  if (job->raw.is_utf8) {
    text = std::move(job->raw.content);
    size_t bad = 0;
    if (!text::IsValidUtf8(text, &bad)) {
      job->status = Status::BadData(job->raw.origin, "byte " + std::to_string(bad) + ": invalid UTF-8");
      return;
    }
  } else {
    job->status = text::DecodeToUtf8(job->raw.content, job->raw.origin, {options.encoding}, &text);
    if (!job->status.ok()) return;
  }
  text::Document doc = text::ParseArticle(job->raw.id, std::move(text), job->raw.published, job->raw.url);
  job->events = extractor.Extract(doc);
}

}  // namespace

size_t RunSummary::skipped_total() const {
  size_t total = 0;
  for (const auto& [reason, n] : skipped) total += n;
  return total;
}

std::string RunSummary::ToString() const {
  std::string out = std::to_string(articles_read) + " articles read, " + std::to_string(articles_with_events) +
                    " with events, " + std::to_string(events) + " events; " + std::to_string(skipped_total()) +
                    " skipped";
  if (!skipped.empty()) {
    out += " (";
    const char* sep = "";
    for (const auto& [reason, n] : skipped) {
      out += sep + reason + ": " + std::to_string(n);
      sep = ", ";
    }
    out += ")";
  }
  return out;
}

Status RunExtraction(const std::vector<std::string>& inputs, const gazetteer::Gazetteer& gazetteer,
                     const PipelineOptions& options, const EventSink& sink, RunSummary* summary) {
  if (std::string missing = Triggers::Missing(gazetteer); !missing.empty())
    return Status::Usage("the gazetteer lacks trigger sets: " + missing);
  Extractor extractor(gazetteer);
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  if (threads < 1) threads = 1;
  io::InputReader reader(inputs);
  const size_t batch_size = static_cast<size_t>(threads) * 8;
  size_t problems_seen = 0;
  auto collect_problems = [&] {
    const auto& problems = reader.problems();
    for (; problems_seen < problems.size(); ++problems_seen) {
      summary->problems.push_back(problems[problems_seen]);
      summary->skipped[Reason(problems[problems_seen])]++;
    }
  };
  for (bool more = true; more;) {
    // Read a bounded batch, extract it on the pool, emit it in input order.
    std::vector<Job> batch;
    io::RawArticle raw;
    while (batch.size() < batch_size && (more = reader.Next(&raw))) batch.push_back({std::move(raw), {}, {}});
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) Process(extractor, options, &batch[i]);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && static_cast<size_t>(t) < batch.size(); ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    collect_problems();
    for (Job& job : batch) {
      if (!job.status.ok()) {
        summary->problems.push_back(job.status);
        summary->skipped[Reason(job.status)]++;
        continue;
      }
      summary->articles_read++;
      summary->articles_with_events += !job.events.empty();
      summary->events += job.events.size();
      sink(job.raw.id, std::move(job.events));
    }
  }
  collect_problems();
  return Status::Ok();
}

}  // namespace bilat::extract
