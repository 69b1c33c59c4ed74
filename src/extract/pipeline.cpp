#include "extract/pipeline.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "extract/extractor.h"
#include "io/input.h"
#include "text/article.h"
#include "text/decode.h"

namespace bilat::extract {
namespace {

struct Job {
  io::RawArticle raw;
  std::vector<Event> events;  // empty once rendered
  size_t event_count = 0;
  std::string rendered;       // the events as bytes, when the run renders them
  Status status;              // decoding failure: the article is skipped
};

// The reason of a skipped article, for the summary's counts: the message
// without its place and details ("byte 17: invalid UTF-8 (...)" → "invalid UTF-8").
std::string Reason(const Status& status) {
  std::string what = status.what();
  if (what.rfind("byte ", 0) == 0) {
    size_t colon = what.find(": ");
    if (colon != std::string::npos) what = what.substr(colon + 2);
  }
  // Details that differ per input would split the counts: "invalid JSON:
  // parse error at line 1, column 21 ...".
  if (what.rfind("invalid JSON: ", 0) == 0) return "invalid JSON";
  size_t paren = what.find(" (");
  return paren == std::string::npos ? what : what.substr(0, paren);
}

void Process(const Extractor& extractor, const PipelineOptions& options, const EventRenderer* render, Job* job) {
  std::string text;
  if (job->raw.is_utf8) {
    text = std::move(job->raw.content);
    size_t bad = 0;
    if (!text::IsValidUtf8(text, &bad)) {
      job->status = Status::BadData(job->raw.origin, "byte " + std::to_string(bad) + ": invalid UTF-8");
      return;
    }
  } else {
    job->status = text::DecodeToUtf8(std::move(job->raw.content), job->raw.origin, {options.encoding}, &text);
    if (!job->status.ok()) return;
  }
  text::Document doc = text::ParseArticle(job->raw.id, std::move(text), job->raw.published, job->raw.url);
  job->events = extractor.Extract(doc);
  job->event_count = job->events.size();
  if (!render) return;
  (*render)(job->events, &job->rendered);
  job->events = {};
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
  if (!warnings.empty()) out += "; " + std::to_string(warnings.size()) + (warnings.size() == 1 ? " warning" : " warnings");
  return out;
}

namespace {

// Reader → workers → in-order sink. The calling thread reads articles and
// emits results; `threads` workers extract. At most `window` articles are in
// flight, so memory stays bounded whatever the corpus size, and results are
// emitted in input order, so the output is the same for every thread count.
class Pool {
 public:
  static constexpr size_t kJobsPerWorker = 16;  // articles in flight per worker

  Pool(const Extractor& extractor, const PipelineOptions& options, const EventRenderer* render, int threads)
      : extractor_(extractor), options_(options), render_(render), window_(static_cast<size_t>(threads) * kJobsPerWorker) {
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~Pool() {
    {
      std::lock_guard lock(mu_);
      closing_ = true;
    }
    work_ready_.notify_all();
    for (auto& t : workers_) t.join();
  }

  // Queues one article. When the window is full, emits what is finished (the
  // calling thread is the only one that emits) until half of it is free, so
  // that the reader is woken once per half window, not once per article.
  template <typename Emit>
  void Submit(io::RawArticle raw, Emit emit) {
    std::unique_lock lock(mu_);
    if (next_submit_ - next_emit_ >= window_) EmitUntil(lock, emit, window_ / 2, window_ / 2);
    auto job = std::make_unique<Job>();
    job->raw = std::move(raw);
    pending_.push_back({next_submit_++, std::move(job)});
    work_ready_.notify_one();
  }

  // Emits every remaining job, in input order.
  template <typename Emit>
  void Finish(Emit emit) {
    std::unique_lock lock(mu_);
    EmitUntil(lock, emit, 0, 1);
  }

 private:
  void Work() {
    for (;;) {
      std::pair<size_t, std::unique_ptr<Job>> item;
      {
        std::unique_lock lock(mu_);
        work_ready_.wait(lock, [this] { return closing_ || !pending_.empty(); });
        if (pending_.empty()) return;
        item = std::move(pending_.front());
        pending_.pop_front();
      }
      Process(extractor_, options_, render_, item.second.get());
      bool wake;
      {
        std::lock_guard lock(mu_);
        done_.emplace(item.first, std::move(item.second));
        wake = done_.size() >= wake_at_done_;
      }
      if (wake) done_ready_.notify_one();
    }
  }

  // Emits finished jobs in input order until at most `in_flight` remain,
  // sleeping while none is ready; a worker wakes it when `wake_at_done` jobs
  // are finished. Progress: the jobs beyond `in_flight` all finish, and
  // wake_at_done <= their number.
  template <typename Emit>
  void EmitUntil(std::unique_lock<std::mutex>& lock, Emit& emit, size_t in_flight, size_t wake_at_done) {
    while (next_submit_ - next_emit_ > in_flight) {
      if (EmitReady(lock, emit)) continue;
      wake_at_done_ = wake_at_done;
      done_ready_.wait(lock);
    }
  }

  // Emits the finished jobs that come next in input order; false if none.
  template <typename Emit>
  bool EmitReady(std::unique_lock<std::mutex>& lock, Emit& emit) {
    bool any = false;
    for (auto it = done_.find(next_emit_); it != done_.end(); it = done_.find(next_emit_)) {
      std::unique_ptr<Job> job = std::move(it->second);
      done_.erase(it);
      ++next_emit_;
      any = true;
      lock.unlock();
      emit(*job);
      lock.lock();
    }
    return any;
  }

  const Extractor& extractor_;
  const PipelineOptions& options_;
  const EventRenderer* render_;  // null: jobs keep their events
  const size_t window_;
  std::mutex mu_;
  std::condition_variable work_ready_, done_ready_;
  std::deque<std::pair<size_t, std::unique_ptr<Job>>> pending_;
  std::map<size_t, std::unique_ptr<Job>> done_;
  size_t next_submit_ = 0, next_emit_ = 0;
  size_t wake_at_done_ = 1;  // finished jobs that make a worker wake the reader
  bool closing_ = false;
  std::vector<std::thread> workers_;
};

// Runs the pool over every input and hands each article read to `deliver`,
// in input order, after counting it in *summary.
Status Run(const std::vector<std::string>& inputs, const gazetteer::Gazetteer& gazetteer,
           const PipelineOptions& options, const EventRenderer* render, const std::function<void(Job&)>& deliver,
           RunSummary* summary) {
  if (std::string missing = Triggers::Missing(gazetteer); !missing.empty())
    return Status::Usage("the gazetteer lacks trigger sets: " + missing);
  Extractor extractor(gazetteer);
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  if (threads < 1) threads = 1;
  io::InputReader reader(inputs, options.input);
  size_t problems_seen = 0;
  auto collect_problems = [&] {
    const auto& problems = reader.problems();
    for (; problems_seen < problems.size(); ++problems_seen) {
      summary->problems.push_back(problems[problems_seen]);
      summary->skipped[Reason(problems[problems_seen])]++;
    }
  };
  auto collect_warnings = [&] {
    const auto& warnings = reader.warnings();
    summary->warnings.insert(summary->warnings.end(), warnings.begin(), warnings.end());
  };
  auto emit = [&](Job& job) {
    if (!job.status.ok()) {
      summary->problems.push_back(job.status);
      summary->skipped[Reason(job.status)]++;
      return;
    }
    summary->articles_read++;
    summary->articles_with_events += job.event_count != 0;
    summary->events += job.event_count;
    deliver(job);
  };
  Pool pool(extractor, options, render, threads);
  io::RawArticle raw;
  while (reader.Next(&raw)) {
    pool.Submit(std::move(raw), emit);
    collect_problems();
  }
  pool.Finish(emit);
  collect_problems();
  collect_warnings();
  return Status::Ok();
}

}  // namespace

Status RunExtraction(const std::vector<std::string>& inputs, const gazetteer::Gazetteer& gazetteer,
                     const PipelineOptions& options, const EventSink& sink, RunSummary* summary) {
  auto deliver = [&sink](Job& job) { sink(job.raw.id, std::move(job.events)); };
  return Run(inputs, gazetteer, options, nullptr, deliver, summary);
}

Status RunExtraction(const std::vector<std::string>& inputs, const gazetteer::Gazetteer& gazetteer,
                     const PipelineOptions& options, const EventRenderer& render, const TextSink& sink,
                     RunSummary* summary) {
  auto deliver = [&sink](Job& job) { sink(job.raw.id, job.rendered); };
  return Run(inputs, gazetteer, options, &render, deliver, summary);
}

}  // namespace bilat::extract
