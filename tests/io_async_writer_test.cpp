// AsyncWriter: the bytes reach the stream complete and in order, however
// they are cut, and a stream that fails is reported without the producer
// waiting forever for room.
#include <doctest/doctest.h>

#include <random>
#include <sstream>
#include <streambuf>

#include "io/async_writer.h"

namespace bilat::io {
namespace {

TEST_CASE("async writer: many writes of every size arrive whole and in order") {
  std::mt19937 rng(3);
  std::string expected;
  std::ostringstream out;
  {
    AsyncWriter writer(out);
    for (int i = 0; i < 3000; ++i) {
      // From empty up to several chunks at once, so that chunks fill, split and queue.
      const size_t size = i % 97 == 0 ? AsyncWriter::kChunkBytes * 2 + rng() % 1000 : rng() % 5000;
      std::string piece(size, static_cast<char>('a' + i % 26));
      expected += piece;
      writer.Write(piece);
    }
    CHECK(writer.Finish());
  }
  CHECK(out.str().size() == expected.size());
  CHECK(out.str() == expected);
}

// A stream buffer that refuses every byte, as a full disk would.
class FullDisk : public std::streambuf {
 protected:
  int_type overflow(int_type) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST_CASE("async writer: a failing stream is reported, and writing more does not block") {
  FullDisk disk;
  std::ostream out(&disk);
  AsyncWriter writer(out);
  const std::string piece(AsyncWriter::kChunkBytes, 'x');
  for (size_t i = 0; i < AsyncWriter::kMaxWaitingChunks * 3; ++i) writer.Write(piece);
  CHECK_FALSE(writer.Finish());
  CHECK_FALSE(writer.Finish());  // a second call gives the same answer
}

TEST_CASE("async writer: nothing written leaves the stream empty and good") {
  std::ostringstream out;
  AsyncWriter writer(out);
  CHECK(writer.Finish());
  CHECK(out.str().empty());
  CHECK(out.good());
}

}  // namespace
}  // namespace bilat::io
