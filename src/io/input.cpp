// The walk keeps one frame per open folder (its sorted entries and its
// index.yaml), so memory is bounded by the depth of the tree and the size of
// the largest folder listing, not by the corpus. yaml-cpp and nlohmann-json
// exceptions stop here and become Status values.
#include "io/input.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

namespace bilat::io {
namespace {

namespace fs = std::filesystem;

struct Meta {
  Date published;
  std::string url;
  std::string source;
};
using Index = std::map<std::string, Meta>;  // file name → metadata

std::string Place(const std::string& file, const YAML::Mark& mark) {
  if (mark.is_null()) return file;
  return file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

std::string Scalar(const YAML::Node& node) {
  return node && node.IsScalar() ? node.Scalar() : std::string();
}

// Reads `file` (an index.yaml) into *index, adding its problems (warnings:
// the articles are read whatever the index says).
void LoadIndex(const fs::path& file, Index* index, std::vector<Status>* problems) {
  const std::string name = file.string();
  try {
    YAML::Node root = YAML::LoadFile(name);
    YAML::Node articles = root["articles"];
    if (!articles) return;
    if (!articles.IsMap()) {
      problems->push_back(Status::BadData(Place(name, articles.Mark()), "articles: expected a map"));
      return;
    }
    for (const auto& entry : articles) {
      const YAML::Node& fields = entry.second;
      if (!fields.IsMap()) {
        problems->push_back(Status::BadData(Place(name, fields.Mark()),
                                            "expected {published, url, source}"));
        continue;
      }
      Meta meta;
      meta.url = Scalar(fields["url"]);
      meta.source = Scalar(fields["source"]);
      if (YAML::Node published = fields["published"]; published && !published.IsNull()) {
        std::string iso = Scalar(published);
        if (std::optional<Date> date = Date::ParseIso(iso)) {
          meta.published = *date;
        } else {
          problems->push_back(Status::BadData(
              Place(name, published.Mark()),
              "published: '" + iso + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
      }
      (*index)[entry.first.as<std::string>()] = std::move(meta);
    }
  } catch (const YAML::Exception& e) {
    problems->push_back(Status::BadData(Place(name, e.mark), e.msg));
  }
}

// "too large for one article (N bytes; the limit is M)"; size 0: not known.
std::string TooLarge(uintmax_t size, size_t limit) {
  std::string limit_text = "the limit is " + std::to_string(limit) + " bytes";
  if (size == 0) return "too large for one article (" + limit_text + ")";
  return "too large for one article (" + std::to_string(size) + " bytes; " + limit_text + ")";
}

// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// The status of a folder entry, links followed. For a plain file or folder
// the type the listing gave answers, without a system call; links and the
// rest go to stat.
fs::file_status StatusOf(const fs::directory_entry& entry, std::error_code* ec) {
  const bool link = entry.is_symlink(*ec);  // the listing's type, or lstat when it gave none
  if (!*ec && !link) {
    if (entry.is_regular_file(*ec) && !*ec) return fs::file_status(fs::file_type::regular);
    if (entry.is_directory(*ec) && !*ec) return fs::file_status(fs::file_type::directory);
  }
  return fs::status(entry.path(), *ec);
}

// The whole file, refused when over `limit` bytes. Reads with read(2)
// straight into *out, sized to what fstat announced on the open file so
// that one call usually does; then on to the end of the file, so that pipes
// (bilat extract <(zcat a.gz)) and files that grew work too.
Status ReadFile(const fs::path& path, size_t limit, std::string* out) {
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return Status::IOError(path.string(), std::strerror(errno));
  struct stat st;
  const bool regular = ::fstat(file.get(), &st) == 0 && S_ISREG(st.st_mode);
  const size_t size = regular ? static_cast<size_t>(st.st_size) : 0;
  if (size > limit) return Status::BadData(path.string(), TooLarge(size, limit));
  // One byte more than announced, so that the first read can reach the end.
  out->resize(size + 1);
  size_t used = 0;
  for (;;) {
    if (used == out->size()) out->resize(std::max(out->size() * 2, size_t{1} << 16));
    const size_t wanted = out->size() - used;
    ssize_t got = ::read(file.get(), out->data() + used, wanted);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Status::IOError(path.string(), "cannot read");
    if (got == 0) break;
    used += static_cast<size_t>(got);
    // A regular file that stops short exactly where fstat said it ends is
    // at its end: no second read to hear so.
    if (regular && used == size && static_cast<size_t>(got) < wanted) break;
    if (used > limit) return Status::BadData(path.string(), TooLarge(0, limit));
  }
  out->resize(used);
  return Status::Ok();
}

bool HasExtension(const fs::path& path, const char* extension) {
  return path.extension() == extension;
}

// Whether a folder entry is read: *.txt, *.jsonl, no extension; not hidden.
bool IsInputName(const fs::path& path) {
  std::string name = path.filename().string();
  if (name.empty() || name[0] == '.') return false;
  return !path.has_extension() || HasExtension(path, ".txt") || HasExtension(path, ".jsonl");
}

}  // namespace

class InputReader::Impl {
 public:
  Impl(std::vector<std::string> inputs, InputOptions options)
      : inputs_(std::move(inputs)), options_(options) {
    if (options_.shard_count == 0 || options_.shard_index >= options_.shard_count)
      throw std::invalid_argument("shard " + std::to_string(options_.shard_index) + " of " +
                                  std::to_string(options_.shard_count));
  }

  bool Next(RawArticle* out) {
    for (;;) {
      if (jsonl_ != nullptr) {
        if (NextRecord(out)) return true;
        jsonl_ = nullptr;
        jsonl_file_.reset();
        continue;
      }
      if (!frames_.empty()) {
        if (Step(out)) return true;
        continue;
      }
      if (next_input_ >= inputs_.size()) return false;
      if (StartInput(inputs_[next_input_++], out)) return true;
    }
  }

  const std::vector<Status>& problems() const { return problems_; }
  const std::vector<Status>& warnings() const { return warnings_; }

 private:
  // Numbers the next entry that may hold an article; true when it is this
  // reader's shard.
  bool TakeEntry() { return entry_number_++ % options_.shard_count == options_.shard_index; }

  // A problem of a whole input or folder: reported by shard 0 only.
  void AddInputProblem(Status problem) {
    if (options_.shard_index == 0) problems_.push_back(std::move(problem));
  }
  // Where the warnings of reading `index` go: each index.yaml is reported
  // once per run (a folder's index also serves files of it named as INPUT),
  // and by shard 0 only; other readings drop them.
  std::vector<Status>* IndexWarnings(const fs::path& index) {
    dropped_.clear();
    std::error_code ec;
    fs::path same = fs::weakly_canonical(index, ec);
    bool first = indexes_read_.insert(ec ? index.lexically_normal() : same).second;
    return first && options_.shard_index == 0 ? &warnings_ : &dropped_;
  }

  // One folder being walked.
  struct Frame {
    fs::path dir;
    fs::path canonical;
    std::vector<fs::directory_entry> entries;  // sorted; each with the type the listing gave
    size_t next = 0;
    Index index;
  };

  // Starts one INPUT argument; true when it yielded an article at once.
  bool StartInput(const std::string& input, RawArticle* out) {
    if (input == "-") {
      OpenJsonl(options_.stdin_stream != nullptr ? options_.stdin_stream : &std::cin, "-", "-");
      return false;
    }
    fs::path path(input);
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      AddInputProblem(Status::IOError(input, ec ? ec.message() : "no such file or directory"));
      return false;
    }
    if (fs::is_directory(status)) {
      root_ = path;
      PushFrame(path);
      return false;
    }
    if (HasExtension(path, ".jsonl")) {
      OpenJsonlFile(path, input);
      return false;
    }
    const Index& index = IndexFor(path.parent_path());  // read by every shard: its warnings are shard 0's
    if (!TakeEntry()) return false;
    return ReadText(path, path.filename(), index, out);
  }

  // Index of a folder holding explicitly named files (the last one is kept).
  const Index& IndexFor(const fs::path& dir) {
    if (!loose_index_dir_ || *loose_index_dir_ != dir) {
      loose_index_.clear();
      fs::path file = (dir.empty() ? fs::path(".") : dir) / "index.yaml";
      std::error_code ec;
      if (fs::is_regular_file(file, ec)) LoadIndex(file, &loose_index_, IndexWarnings(file));
      loose_index_dir_ = dir;
    }
    return loose_index_;
  }

  void PushFrame(const fs::path& dir) {
    std::error_code ec;
    fs::path canonical = fs::canonical(dir, ec);
    if (ec) {
      AddInputProblem(Status::IOError(dir.string(), ec.message()));
      return;
    }
    for (const Frame& f : frames_) {
      if (f.canonical == canonical) {
        AddInputProblem(Status::IOError(dir.string(), "symbolic link loop; skipped"));
        return;
      }
    }
    Frame frame;
    frame.dir = dir;
    frame.canonical = canonical;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      frame.entries.push_back(*it);
    }
    if (ec) {
      AddInputProblem(Status::IOError(dir.string(), ec.message()));
      return;
    }
    std::sort(frame.entries.begin(), frame.entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) {
                return a.path().filename().string() < b.path().filename().string();
              });
    fs::path index = dir / "index.yaml";
    if (fs::is_regular_file(index, ec)) LoadIndex(index, &frame.index, IndexWarnings(index));
    frames_.push_back(std::move(frame));
  }

  // Advances the walk by one entry; true when it yielded an article.
  bool Step(RawArticle* out) {
    Frame& frame = frames_.back();
    if (frame.next >= frame.entries.size()) {
      frames_.pop_back();
      return false;
    }
    const fs::directory_entry& entry = frame.entries[frame.next++];
    fs::path path = entry.path();
    std::string name = path.filename().string();
    if (name.empty() || name[0] == '.') return false;
    std::error_code ec;
    fs::file_status status = StatusOf(entry, &ec);
    if (ec || !fs::exists(status)) {
      // A link to itself (ELOOP) is not "broken"; keep the reason of status().
      std::string why = ec ? ec.message() : "no such file or directory";
      bool loop = ec == std::errc::too_many_symbolic_link_levels;
      bool link = fs::is_symlink(fs::symlink_status(path, ec));
      if (TakeEntry()) problems_.push_back(Status::IOError(path.string(), link && !loop ? "broken symbolic link" : why));
      return false;
    }
    if (fs::is_directory(status)) {
      PushFrame(path);
      return false;
    }
    if (!IsInputName(path)) return false;
    const bool jsonl = HasExtension(path, ".jsonl") && fs::is_regular_file(status);
    if (jsonl) {
      OpenJsonlFile(path, path.lexically_relative(root_).generic_string());
      return false;
    }
    if (!TakeEntry()) return false;
    if (!fs::is_regular_file(status)) {
      problems_.push_back(Status::IOError(path.string(), "not a regular file (a FIFO, socket or device); skipped"));
      return false;
    }
    return ReadText(path, path.lexically_relative(root_), frames_.back().index, out);
  }

  bool ReadText(const fs::path& path, const fs::path& id, const Index& index, RawArticle* out) {
    *out = RawArticle();
    Status read = ReadFile(path, options_.max_article_bytes, &out->content);
    if (!read.ok()) {
      problems_.push_back(read);
      return false;
    }
    out->id = id.generic_string();
    out->origin = path.string();
    if (auto it = index.find(path.filename().string()); it != index.end()) {
      out->published = it->second.published;
      out->url = it->second.url;
      out->source = it->second.source;
    }
    return true;
  }

  // `id_prefix`: what ids of records without "id" start with.
  void OpenJsonlFile(const fs::path& path, std::string id_prefix) {
    jsonl_file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*jsonl_file_) {
      AddInputProblem(Status::IOError(path.string(), std::strerror(errno)));
      jsonl_file_.reset();
      return;
    }
    OpenJsonl(jsonl_file_.get(), path.string(), std::move(id_prefix));
  }

  void OpenJsonl(std::istream* in, std::string name, std::string id_prefix) {
    jsonl_ = in;
    jsonl_name_ = std::move(name);
    jsonl_id_prefix_ = std::move(id_prefix);
    jsonl_line_ = 0;
  }

  // The next good record of the open JSON Lines stream; false at its end.
  bool NextRecord(RawArticle* out) {
    std::string line;
    while (std::getline(*jsonl_, line)) {
      ++jsonl_line_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      if (TakeEntry() && ParseRecord(line, out)) return true;
    }
    return false;
  }

  bool ParseRecord(const std::string& line, RawArticle* out) {
    const std::string where = jsonl_name_ + ":" + std::to_string(jsonl_line_);
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      std::string what = e.what();
      if (size_t colon = what.find("] "); colon != std::string::npos) what.erase(0, colon + 2);
      problems_.push_back(Status::BadData(where, "invalid JSON: " + what));
      return false;
    }
    auto text = record.is_object() ? record.find("text") : record.end();
    if (!record.is_object() || text == record.end() || !text->is_string()) {
      problems_.push_back(Status::BadData(where, "record has no \"text\" string"));
      return false;
    }
    if (size_t size = text->get_ref<const std::string&>().size(); size > options_.max_article_bytes) {
      problems_.push_back(Status::BadData(where, TooLarge(size, options_.max_article_bytes)));
      return false;
    }
    *out = RawArticle();
    out->content = text->get<std::string>();
    out->is_utf8 = true;
    out->origin = where;
    out->id = jsonl_id_prefix_ + ":" + std::to_string(jsonl_line_);
    if (auto id = record.find("id"); id != record.end() && !id->is_null()) {
      out->id = id->is_string() ? id->get<std::string>() : id->dump();
    }
    if (auto url = record.find("url"); url != record.end() && url->is_string()) {
      out->url = url->get<std::string>();
    }
    if (auto published = record.find("published"); published != record.end() && !published->is_null()) {
      std::string iso = published->is_string() ? published->get<std::string>() : published->dump();
      if (std::optional<Date> date = Date::ParseIso(iso)) {
        out->published = *date;
      } else {
        warnings_.push_back(Status::BadData(
            where, "published: '" + iso + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
      }
    }
    return true;
  }

  std::vector<std::string> inputs_;
  InputOptions options_;
  size_t next_input_ = 0;
  std::vector<Status> problems_;  // each one an input skipped
  std::vector<Status> warnings_;  // metadata left out; the articles are read
  std::vector<Status> dropped_;   // index.yaml warnings reported elsewhere
  std::set<fs::path> indexes_read_;
  size_t entry_number_ = 0;       // entries that may hold an article, so far

  fs::path root_;  // the folder being walked, for ids
  std::vector<Frame> frames_;

  std::optional<fs::path> loose_index_dir_;
  Index loose_index_;

  std::istream* jsonl_ = nullptr;
  std::unique_ptr<std::ifstream> jsonl_file_;
  std::string jsonl_name_;
  std::string jsonl_id_prefix_;
  size_t jsonl_line_ = 0;
};

InputReader::InputReader(std::vector<std::string> inputs, InputOptions options)
    : impl_(std::make_unique<Impl>(std::move(inputs), options)) {}

InputReader::~InputReader() = default;

bool InputReader::Next(RawArticle* out) { return impl_->Next(out); }

const std::vector<Status>& InputReader::problems() const { return impl_->problems(); }

const std::vector<Status>& InputReader::warnings() const { return impl_->warnings(); }

Status ParseShard(std::string_view text, InputOptions* options) {
  auto bad = [&] { return Status::Usage("--shard: expected K/N with 0 <= K < N, got '" + std::string(text) + "'"); };
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) return bad();
  auto number = [](std::string_view digits, size_t* out) {
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *out);
    return !digits.empty() && ec == std::errc() && end == digits.data() + digits.size();
  };
  size_t index = 0, count = 0;
  if (!number(text.substr(0, slash), &index) || !number(text.substr(slash + 1), &count) || index >= count)
    return bad();
  options->shard_index = index;
  options->shard_count = count;
  return Status::Ok();
}

}  // namespace bilat::io
