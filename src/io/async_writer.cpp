#include "io/async_writer.h"

namespace bilat::io {

AsyncWriter::AsyncWriter(std::ostream& out) : out_(out), thread_([this] { Drain(); }) {
  chunk_.reserve(kChunkBytes);
}

AsyncWriter::~AsyncWriter() { Finish(); }

void AsyncWriter::Write(std::string_view bytes) {
  chunk_.append(bytes);
  if (chunk_.size() < kChunkBytes) return;
  std::string full;
  full.reserve(kChunkBytes);
  full.swap(chunk_);
  Hand(std::move(full));
}

void AsyncWriter::Hand(std::string chunk) {
  std::unique_lock lock(mu_);
  room_.wait(lock, [this] { return waiting_.size() < kMaxWaitingChunks; });
  waiting_.push_back(std::move(chunk));
  ready_.notify_one();
}

bool AsyncWriter::Finish() {
  if (finished_) return !failed_;
  finished_ = true;
  if (!chunk_.empty()) Hand(std::move(chunk_));
  {
    std::lock_guard lock(mu_);
    closing_ = true;
  }
  ready_.notify_one();
  thread_.join();
  return !failed_;
}

void AsyncWriter::Drain() {
  for (;;) {
    std::string chunk;
    {
      std::unique_lock lock(mu_);
      ready_.wait(lock, [this] { return closing_ || !waiting_.empty(); });
      if (waiting_.empty()) break;
      chunk = std::move(waiting_.front());
      waiting_.pop_front();
    }
    room_.notify_one();
    // After a failure the rest is dropped, but still taken, so that the
    // producer never waits for room that would not come.
    if (!failed_ && !out_.write(chunk.data(), static_cast<std::streamsize>(chunk.size()))) failed_ = true;
  }
  if (!failed_ && !out_.flush()) failed_ = true;
}

}  // namespace bilat::io
