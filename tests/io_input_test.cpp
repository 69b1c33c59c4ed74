// Tests for io/input.h: folders walked in order with index.yaml metadata,
// JSON Lines files and stdin, and problems that do not stop the walk; plus a
// folder holding a file with invalid bytes, decoded with text/decode.h.
#include "io/input.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"
#include "text/decode.h"

namespace bilat::io {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed at the end.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("bilat_io_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  void Write(const std::string& relative, const std::string& bytes) const {
    fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
  }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

// One line per element, so that doctest prints what differs.
std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

std::vector<RawArticle> ReadAll(InputReader* reader) {
  std::vector<RawArticle> out;
  RawArticle article;
  while (reader->Next(&article)) out.push_back(article);
  return out;
}

// `statuses` as text, with `strip`/ taken out of paths.
std::vector<std::string> Relative(const std::vector<Status>& statuses, const fs::path& strip) {
  std::vector<std::string> out;
  for (const Status& s : statuses) {
    std::string text = s.ToString();
    std::string prefix = strip.string() + "/";
    for (size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
    out.push_back(text);
  }
  return out;
}

// A folder with a bit of everything: index.yaml (one bad date), text files
// with and without extension, one with invalid UTF-8, files that are not
// inputs, a subfolder with JSON Lines (good, bad and blank records), a link
// loop and a broken link.
void WriteMixedFolder(const TempDir& dir) {
  dir.Write("index.yaml",
            "articles:\n"
            "  a.txt: {published: \"2020-01-31\", url: \"https://zh.vietnamplus.vn/a\", source: VNA}\n"
            "  b: {published: \"2022-10\"}\n"
            "  bad.txt: {published: \"2019-13\"}\n");
  dir.Write("a.txt", "越朝建交70周年\n");
  dir.Write("b", "越南—日本:共谋合作与发展\n");
  dir.Write("bad.txt", "越南与朝鲜于1950年1月31日正式建立\xFF外交关系。\n");
  dir.Write("c.md", "skipped");
  dir.Write(".hidden.txt", "skipped");
  dir.Write("sub/d.txt", "进一步深化越南与白俄罗斯之间的友谊\n");
  dir.Write("sub/e.jsonl",
            "{\"id\": \"x1\", \"published\": \"2025-05\", \"url\": \"u\", \"text\": \"越白传统友谊源远流长\"}\n"
            "\n"
            "{\"id\": \"x2\", \"text\": \n"
            "{\"id\": \"x3\", \"title\": \"no text\"}\n"
            "{\"text\": \"越老特殊关系不可分离\", \"published\": \"soon\"}\r\n");
  fs::create_directory_symlink(dir.path(), dir.path() / "loop");
  fs::create_symlink(dir.path() / "nowhere", dir.path() / "broken");

}

TEST_CASE("InputReader walks a folder in order, with index.yaml and JSON Lines") {
  TempDir dir;
  WriteMixedFolder(dir);
  InputReader reader({dir.path().string()});
  std::vector<RawArticle> articles = ReadAll(&reader);
  struct Row {
    std::string id;
    std::string published;
    std::string url;
    std::string content;
    bool is_utf8;
    std::string origin;  // relative to the temp dir
  };
  const Row rows[] = {
      {"a.txt", "2020-01-31", "https://zh.vietnamplus.vn/a", "越朝建交70周年\n", false, "a.txt"},
      {"b", "2022-10", "", "越南—日本:共谋合作与发展\n", false, "b"},
      {"bad.txt", "", "", "越南与朝鲜于1950年1月31日正式建立\xFF外交关系。\n", false, "bad.txt"},
      {"sub/d.txt", "", "", "进一步深化越南与白俄罗斯之间的友谊\n", false, "sub/d.txt"},
      {"x1", "2025-05", "u", "越白传统友谊源远流长", true, "sub/e.jsonl:1"},
      {"sub/e.jsonl:5", "", "", "越老特殊关系不可分离", true, "sub/e.jsonl:5"},
  };
  REQUIRE(articles.size() == std::size(rows));
  for (size_t i = 0; i < articles.size(); ++i) {
    const Row& row = rows[i];
    CAPTURE(row.id);
    const RawArticle& a = articles[i];
    CHECK(a.id == row.id);
    CHECK(a.published.ToIso() == row.published);
    CHECK(a.url == row.url);
    CHECK(a.content == row.content);
    CHECK(a.is_utf8 == row.is_utf8);
    CHECK(a.origin == (dir.path() / row.origin).string());
  }
  CHECK(articles[0].source == "VNA");
  const std::vector<std::string> problems = {
      "broken: broken symbolic link",
      "loop: symbolic link loop; skipped",
      "sub/e.jsonl:3: invalid JSON: parse error at line 1, column 22: syntax error while parsing value - unexpected end of input; "
      "expected '[', '{', or a literal",
      "sub/e.jsonl:4: record has no \"text\" string",
  };
  CHECK(Join(Relative(reader.problems(), dir.path())) == Join(problems));
  // Read without their dates, so warnings rather than skipped inputs.
  const std::vector<std::string> warnings = {
      "index.yaml:4:24: published: '2019-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
      "sub/e.jsonl:5: published: 'soon' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
  };
  CHECK(Join(Relative(reader.warnings(), dir.path())) == Join(warnings));
}

TEST_CASE("A file with invalid bytes is reported while the rest of its folder is read") {
  TempDir dir;
  std::string article = testing::ReadFile(testing::RepoPath("corpus/000_c9d220f43a1d733f.txt"));
  std::string damaged = article;
  damaged[66] = '\xFF';  // the first line break
  dir.Write("1.txt", article);
  dir.Write("2.txt", damaged);
  dir.Write("3.txt", article);
  InputReader reader({dir.path().string()});
  std::vector<std::string> decoded_ids;
  std::vector<std::string> errors;
  RawArticle raw;
  while (reader.Next(&raw)) {
    std::string text;
    Status s = text::DecodeToUtf8(raw.content, raw.id, text::DecodeOptions{}, &text);
    if (s.ok()) decoded_ids.push_back(raw.id);
    else errors.push_back(s.ToString());
  }
  CHECK(reader.problems().empty());
  CHECK(decoded_ids == std::vector<std::string>{"1.txt", "3.txt"});
  CHECK(Join(errors) == "2.txt: byte 66: invalid UTF-8 (FF; nor is it GB18030, Big5 or UTF-16)\n");
}

TEST_CASE("InputReader reads JSON Lines from stdin and explicit files") {
  std::istringstream in(
      "{\"id\": \"a\", \"published\": \"2020-01-31\", \"text\": \"越南与朝鲜\"}\n"
      "[1, 2]\n"
      "{\"id\": 7, \"text\": \"两国\"}\n"
      "not json\n");
  InputReader reader({"-", "/nonexistent/bilat/input.txt"}, InputOptions{&in});
  std::vector<RawArticle> articles = ReadAll(&reader);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "a");
  CHECK(articles[0].origin == "-:1");
  CHECK(articles[0].published == Date{2020, 1, 31});
  CHECK(articles[1].id == "7");
  CHECK(articles[1].origin == "-:3");
  std::vector<std::string> problems;
  for (const Status& s : reader.problems()) problems.push_back(s.where() + ": " + s.what().substr(0, 20));
  CHECK(Join(problems) == Join({"-:2: record has no \"text\"", "-:4: invalid JSON: parse ",
                                "/nonexistent/bilat/input.txt: No such file or dire"}));
}

TEST_CASE("InputReader: index.yaml problems are warnings that carry file:line:col") {
  struct Row {
    std::string yaml;
    std::string problem;  // relative to the temp dir
  };
  const Row rows[] = {
      {"articles:\n  a.txt: {published: \"2020-01-31\"\n", "index.yaml:3:1: end of map flow not found"},
      {"articles: [a.txt]\n", "index.yaml:1:11: articles: expected a map"},
      {"articles:\n  a.txt: 2020\n", "index.yaml:2:10: expected {published, url, source}"},
      {"articles:\n  a.txt: {published: 2020-02-30}\n", "index.yaml:2:22: published: '2020-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.yaml);
    TempDir dir;
    dir.Write("index.yaml", row.yaml);
    dir.Write("a.txt", "越南\n");
    InputReader reader({dir.path().string()});
    std::vector<RawArticle> articles = ReadAll(&reader);
    CHECK(articles.size() == 1);  // the article is read anyway: a warning, not a skip
    CHECK(reader.problems().empty());
    REQUIRE(reader.warnings().size() == 1);
    const Status& s = reader.warnings()[0];
    CHECK(s.where() + ": " + s.what() == (dir.path() / row.problem).string());
  }
}

TEST_CASE("InputReader reads the bundled corpus with its index") {
  InputReader reader({testing::RepoPath("corpus").string()});
  std::vector<RawArticle> articles = ReadAll(&reader);
  CHECK(reader.problems().empty());
  struct Row {
    const char* id;
    const char* published;
  };
  const Row rows[] = {
      {"000_c9d220f43a1d733f.txt", "2020-01-31"}, {"001_6f535ffbc21a5a93.txt", "2022-10"},
      {"002_6e778e33fda27ef2.txt", "2025-05"},    {"003_2aafa08a30cca0c9.txt", "2013-12"},
      {"004_5a876704dde407d5.txt", "2023"},
  };
  REQUIRE(articles.size() == std::size(rows));
  for (size_t i = 0; i < articles.size(); ++i) {
    std::string id = rows[i].id;
    CAPTURE(id);
    CHECK(articles[i].id == id);
    CHECK(articles[i].published.ToIso() == rows[i].published);
    CHECK(articles[i].source == "Vietnam News Agency (Chinese service)");
    CHECK_FALSE(articles[i].content.empty());
  }
}


std::vector<std::string> Ids(const std::vector<RawArticle>& articles) {
  std::vector<std::string> out;
  for (const RawArticle& a : articles) out.push_back(a.id);
  return out;
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST_CASE("InputReader shards: each article and problem in exactly one shard, in walk order") {
  TempDir dir;
  WriteMixedFolder(dir);
  const std::vector<std::string> inputs = {dir.path().string(), (dir.path() / "missing.txt").string(),
                                           (dir.path() / "a.txt").string()};
  InputReader whole(inputs);
  const std::vector<std::string> all = Ids(ReadAll(&whole));
  REQUIRE(all.size() == 7);  // a.txt twice: in the folder and named
  for (size_t count : {1, 2, 3, 7}) {
    CAPTURE(count);
    std::vector<std::string> ids, problems, warnings;
    for (size_t index = 0; index < count; ++index) {
      InputOptions options;
      options.shard_index = index;
      options.shard_count = count;
      InputReader shard(inputs, options);
      std::vector<std::string> got = Ids(ReadAll(&shard));
      // A shard keeps the walk order: its ids are a subsequence of the whole's.
      auto at = all.begin();
      for (const std::string& id : got) at = std::find(at, all.end(), id);
      CHECK(at != all.end());
      ids.insert(ids.end(), got.begin(), got.end());
      for (const auto& p : Relative(shard.problems(), dir.path())) problems.push_back(p);
      for (const auto& w : Relative(shard.warnings(), dir.path())) warnings.push_back(w);
    }
    CHECK(Join(Sorted(ids)) == Join(Sorted(all)));
    CHECK(Join(Sorted(problems)) == Join(Sorted(Relative(whole.problems(), dir.path()))));
    CHECK(Join(Sorted(warnings)) == Join(Sorted(Relative(whole.warnings(), dir.path()))));
  }
}

TEST_CASE("ParseShard reads K/N with 0 <= K < N") {
  InputOptions options;
  REQUIRE(ParseShard("2/3", &options).ok());
  CHECK(options.shard_index == 2);
  CHECK(options.shard_count == 3);
  for (const char* bad : {"3/3", "1/0", "0/0", "-1/2", "a/b", "1/2/3", "1", "", "/2", "1/", " 1/2"}) {
    CAPTURE(bad);
    Status s = ParseShard(bad, &options);
    CHECK_FALSE(s.ok());
    CHECK(s.what().find("expected K/N") != std::string::npos);
  }
  CHECK(options.shard_index == 2);  // unchanged by the bad ones
}

}  // namespace
}  // namespace bilat::io
