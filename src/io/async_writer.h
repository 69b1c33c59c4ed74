// AsyncWriter: writes to a stream from a thread of its own, so that the
// thread producing the bytes goes on while a write waits for the disk (the
// kernel throttles writers of large files to the speed of writeback). Bytes
// are gathered in chunks; at most a fixed number of chunks wait, so memory
// stays bounded and a producer that outruns the disk waits for it.
// Write and Finish are called from one producer thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <thread>

namespace bilat::io {

class AsyncWriter {
 public:
  // 64 KB chunks stay in malloc's heap; chunks of 1 MB were mapped and
  // unmapped one by one, and writing from fresh mappings cost the kernel ten
  // times as much (perf: copy_folio_from_iter_atomic 0.5% -> 8-11%).
  static constexpr size_t kChunkBytes = size_t{1} << 16;
  static constexpr size_t kMaxWaitingChunks = 512;  // 32 MB

  explicit AsyncWriter(std::ostream& out);
  ~AsyncWriter();  // finishes, if Finish was not called
  AsyncWriter(const AsyncWriter&) = delete;
  AsyncWriter& operator=(const AsyncWriter&) = delete;

  // Queues bytes, in order.
  void Write(std::string_view bytes);
  // Writes everything queued, flushes the stream and stops the thread.
  // Returns false if the stream failed (then later bytes were dropped).
  bool Finish();

 private:
  void Hand(std::string chunk);  // to the writing thread
  void Drain();                  // the writing thread

  std::ostream& out_;
  std::string chunk_;  // being filled by the producer
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<std::string> waiting_;
  bool closing_ = false;
  bool failed_ = false;  // set by the writing thread; read after join
  bool finished_ = false;
  std::thread thread_;
};

}  // namespace bilat::io
