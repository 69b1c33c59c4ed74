// InputReader: walks the INPUT arguments of bilat (text files, folders read
// recursively in sorted order, JSON Lines files, "-" for JSON Lines on stdin)
// and hands out one raw article at a time, so that memory does not grow with
// the corpus. An index.yaml beside text files gives their publication date,
// URL and source. Problems (unreadable files, bad JSON Lines records,
// symbolic link loops, FIFOs and other special files in folders, inputs too
// large for one article) skip the input; a broken index.yaml or a `published`
// that is no date is a warning (the articles are read without it). Neither
// stops the walk.
// Not thread-safe: one thread pulls articles and hands them to workers.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.h"
#include "util/status.h"

namespace bilat::io {

struct RawArticle {
  std::string id;       // path relative to the folder given (or the file name); JSON Lines "id"
  Date published;       // from index.yaml or the record; empty when unknown
  std::string url;
  std::string source;   // index.yaml "source", e.g. "Vietnam News Agency (Chinese service)"
  std::string content;  // a text file's bytes, still to decode; or a record's "text"
  bool is_utf8 = false; // true when content is already UTF-8 text (JSON Lines records)
  std::string origin;   // where it came from: the path, or "path:line" for JSON Lines ("-:line")
};

struct InputOptions {
  // What "-" reads; nullptr: std::cin.
  std::istream* stdin_stream = nullptr;
  // A text file or JSON Lines "text" larger than this is skipped ("too large
  // for one article"): news articles are a few KB, and a batch of articles is
  // held in memory. The limit bounds that memory.
  size_t max_article_bytes = 16 << 20;
  // Shard `shard_index` of `shard_count`: every entry that may hold an
  // article (a file met in the walk or named, a JSON Lines record) is numbered
  // in walk order, and this reader keeps those whose number modulo
  // shard_count is shard_index; the others are not even read. Problems of
  // whole inputs and folders (a missing INPUT, a link loop, an index.yaml)
  // are reported by shard 0 only, so the shards together report everything once.
  size_t shard_index = 0;
  size_t shard_count = 1;
};

// Reads "K/N" (0 <= K < N), as given to --shard, into options' shard fields.
Status ParseShard(std::string_view text, InputOptions* options);

class InputReader {
 public:
  // Folders yield, in byte order of names and depth first, their *.txt files,
  // files without an extension and *.jsonl files; hidden entries and
  // index.yaml are skipped. A file named explicitly is read whatever its
  // extension (*.jsonl as JSON Lines).
  explicit InputReader(std::vector<std::string> inputs, InputOptions options = {});
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // The next article; false when all inputs are consumed.
  bool Next(RawArticle* out);
  // Inputs skipped so far (unreadable, invalid, too large), in the order met.
  const std::vector<Status>& problems() const;
  // Metadata left out so far (a malformed index.yaml, a `published` that is no
  // date), in the order met: the articles concerned are still read.
  const std::vector<Status>& warnings() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bilat::io
