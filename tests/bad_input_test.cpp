// The bad-input matrix: the real `bilat` binary on inputs made at run time in
// a scratch folder (the 50 MB line and the million lines are generated here,
// never committed). Each row gives the expected exit code and the stderr text
// that names the file and the line or byte; when a good article is part of the
// run, its events must still reach stdout and the summary must count the
// skipped input under its reason.
//
// An unreadable file: chmod 000 does not stop root, so that row is skipped
// (with a message) when running as root; a dangling symbolic link and a FIFO
// in the input folder are rows of their own and run for everyone.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "graph_fixtures.h"
#include "test_util.h"

namespace bilat::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

std::string Quote(const fs::path& path) {
  std::string quoted = "'";  // appended: GCC 12 warns (-Wrestrict) on "'" + string
  quoted += path.string();
  quoted += "'";
  return quoted;
}

void Write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  REQUIRE(out.good());
}

// The good article of every run: it states that Vietnam and North Korea
// established relations on 1950-01-31, whatever else it gets extracted.
const std::string& GoodArticle() {
  static const std::string text = ReadFile(RepoPath("corpus/000_c9d220f43a1d733f.txt"));
  return text;
}
const char* const kGoodEvent = "\"type\":\"relations_established\",\"doc\":\"good.txt\",\"a\":\"VN\",\"b\":\"KP\"";

// `utf8` in `encoding` (every character must have a mapping there).
std::string Encode(const std::string& utf8, const char* encoding) {
  std::optional<std::string> out = testing::Encode(utf8, encoding);
  REQUIRE(out.has_value());
  return *out;
}

// A short article in Traditional characters that Big5 can encode.
const char* const kTraditional =
    "越南與朝鮮建交七十周年\n"
    "越通社河內——越南與朝鮮於1950年1月31日正式建立外交關係。兩國人民的傳統友誼不斷發展。"
    "越南國家主席與朝鮮領導人多次會見，雙方表示願意進一步加強各個領域的合作關係。\n";

// A copy of the repository's gazetteer plus `file` with `text`.
fs::path GazetteerWith(const fs::path& dir, const std::string& file, const std::string& text) {
  fs::path gaz = dir / "gaz";
  fs::copy(RepoPath("gazetteer"), gaz, fs::copy_options::recursive);
  Write(gaz / file, text);
  return gaz;
}

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// `bilat ARGS` with stdout and stderr captured.
Run RunBilat(const fs::path& dir, const std::string& args) {
  std::string command = std::string(BILAT_BINARY) + " " + args + " >" + Quote(dir / "stdout") + " 2>" +
                        Quote(dir / "stderr");
  int rc = std::system(command.c_str());
  Run run;
  run.exit_code = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  run.out = ReadFile(dir / "stdout");
  run.err = ReadFile(dir / "stderr");
  return run;
}

std::string Gazetteer() {
  std::string flag = " -g ";
  flag += Quote(RepoPath("gazetteer"));
  return flag;
}

// `extract` over `inputs`, the good article written as dir/good.txt and given first.
std::string ExtractWithGood(const fs::path& dir, const std::vector<std::string>& inputs) {
  Write(dir / "good.txt", GoodArticle());
  std::string args = "extract " + Quote(dir / "good.txt");
  for (const auto& input : inputs) {
    args += ' ';
    args += Quote(dir / input);
  }
  return args + Gazetteer() + " -j 2";
}

struct Row {
  const char* name;
  // Makes the inputs in `dir`; returns the arguments of bilat. "{dir}" in the
  // expectations below stands for `dir`.
  std::function<std::string(const fs::path& dir)> setup;
  int exit_code;
  std::vector<std::string> stderr_has;  // substrings of stderr, in order of appearance
  bool good_events;                     // the good article's events are on stdout
};

std::string Expand(std::string text, const fs::path& dir) {
  for (size_t at; (at = text.find("{dir}")) != std::string::npos;) text.replace(at, 5, dir.string());
  return text;
}

const std::string kPng = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0"s;

std::vector<Row> Rows() {
  return {
      {"invalid UTF-8",
       [](const fs::path& d) {
         Write(d / "bad.txt", "越南与朝鲜\xFF建交。\n");
         return ExtractWithGood(d, {"bad.txt"});
       },
       1,
       {"bilat extract: skipped {dir}/bad.txt: byte 15: invalid UTF-8 (FF; nor is it GB18030, Big5 or UTF-16)\n",
        "1 articles read, 1 with events", "1 skipped (invalid UTF-8: 1)"},
       true},
      {"truncated multibyte sequence at the end of the file",
       [](const fs::path& d) {
         Write(d / "cut.txt", "越南与朝鲜建交。\n越南\xE4\xB8");
         return ExtractWithGood(d, {"cut.txt"});
       },
       1,
       {"skipped {dir}/cut.txt: byte 31: truncated UTF-8 sequence at the end (E4 B8)\n",
        "1 skipped (truncated UTF-8 sequence at the end: 1)"},
       true},
      {"UTF-16, GB18030 and Big5 files are decoded",
       [](const fs::path& d) {
         Write(d / "utf16.txt", Encode("\uFEFF" + GoodArticle(), "UTF-16LE"));
         Write(d / "gb18030.txt", Encode(GoodArticle(), "GB18030"));
         Write(d / "big5.txt", Encode(kTraditional, "Big5"));
         return ExtractWithGood(d, {"utf16.txt", "gb18030.txt", "big5.txt"});
       },
       0,
       {"4 articles read, 4 with events", "0 skipped\n"},
       true},
      {"empty file",
       [](const fs::path& d) {
         Write(d / "empty.txt", "");
         return ExtractWithGood(d, {"empty.txt"});
       },
       1,
       {"skipped {dir}/empty.txt: empty file\n", "1 skipped (empty file: 1)"},
       true},
      {"binary file with NUL bytes",
       [](const fs::path& d) {
         Write(d / "nul.txt", "越南\0\0\0\x01\x02"s);
         return ExtractWithGood(d, {"nul.txt"});
       },
       1,
       {"skipped {dir}/nul.txt: byte 6: binary data (NUL byte)\n", "1 skipped (binary data: 1)"},
       true},
      {"a PNG picture",
       [](const fs::path& d) {
         Write(d / "picture.png", kPng);
         return ExtractWithGood(d, {"picture.png"});
       },
       1,
       {"skipped {dir}/picture.png: byte 8: binary data (NUL byte)\n", "1 skipped (binary data: 1)"},
       true},
      {"a 50 MB single line",
       [](const fs::path& d) {
         std::string line;
         line.reserve(50u << 20);
         while (line.size() < (50u << 20)) line += "越南与中国";
         Write(d / "line.txt", line);
         return ExtractWithGood(d, {"line.txt"});
       },
       1,
       {"skipped {dir}/line.txt: too large for one article (52428810 bytes; the limit is 16777216 bytes)\n",
        "1 skipped (too large for one article: 1)"},
       true},
      {"a 1 MB single line is cut into sentences and read",
       [](const fs::path& d) {
         std::string line;
         while (line.size() < (1u << 20)) line += "越南与朝鲜，";
         Write(d / "line.txt", line + "\n");
         return ExtractWithGood(d, {"line.txt"});
       },
       0,
       {"2 articles read, 1 with events", "0 skipped\n"},
       true},
      {"a million short lines",
       [](const fs::path& d) {
         std::string text = "越南与朝鲜建交\n";
         for (int i = 0; i < 1000000; ++i) text += "第" + std::to_string(i % 10) + "行\n";
         Write(d / "lines.txt", text);
         return ExtractWithGood(d, {"lines.txt"});
       },
       0,
       {"2 articles read", "0 skipped\n"},
       true},
      {"a missing input",
       [](const fs::path& d) { return ExtractWithGood(d, {"missing.txt"}); },
       1,
       {"skipped {dir}/missing.txt: No such file or directory\n", "(No such file or directory: 1)"},
       true},
      {"an unreadable file (chmod 000; skipped as root)",
       [](const fs::path& d) {
         Write(d / "secret.txt", "越南与朝鲜建交。\n");
         fs::permissions(d / "secret.txt", fs::perms::none);
         return ExtractWithGood(d, {"secret.txt"});
       },
       1,
       {"skipped {dir}/secret.txt: Permission denied\n", "(Permission denied: 1)"},
       true},
      {"a dangling symbolic link in an input folder",
       [](const fs::path& d) {
         Write(d / "in" / "good.txt", GoodArticle());
         fs::create_symlink(d / "nowhere.txt", d / "in" / "link.txt");
         return "extract " + Quote(d / "in") + Gazetteer();
       },
       1,
       {"skipped {dir}/in/link.txt: broken symbolic link\n", "(broken symbolic link: 1)"},
       true},
      {"a FIFO in an input folder",
       [](const fs::path& d) {
         Write(d / "in" / "good.txt", GoodArticle());
         REQUIRE(::mkfifo((d / "in" / "pipe").c_str(), 0600) == 0);
         return "extract " + Quote(d / "in") + Gazetteer();
       },
       1,
       {"skipped {dir}/in/pipe: not a regular file (a FIFO, socket or device); skipped\n"},
       true},
      {"a symbolic link loop in an input folder",
       [](const fs::path& d) {
         Write(d / "in" / "good.txt", GoodArticle());
         fs::create_directory_symlink(d / "in", d / "in" / "loop");
         fs::create_symlink(d / "in" / "self", d / "in" / "self");
         return "extract " + Quote(d / "in") + Gazetteer();
       },
       1,
       {"skipped {dir}/in/loop: symbolic link loop; skipped\n",
        "skipped {dir}/in/self: Too many levels of symbolic links\n", "2 skipped (Too many levels of symbolic links: 1, symbolic link loop; skipped: 1)"},
       true},
      {"malformed JSON Lines",
       [](const fs::path& d) {
         Write(d / "records.jsonl",
               "{\"id\": \"a\", \"text\": \"越南与朝鲜\"}\n"
               "{\"id\": \"b\", \"text\": \n"
               "[1, 2]\n"
               "{\"id\": \"c\", \"text\": \"x\", \"published\": \"2019-02-30\"}\n"
               "{\"id\": \"d\", \"text\": \"\xFF\"}\n");
         return ExtractWithGood(d, {"records.jsonl"});
       },
       1,
       {"skipped {dir}/records.jsonl:2: invalid JSON: parse error at line 1, column 21: syntax error while parsing value",
        "skipped {dir}/records.jsonl:3: record has no \"text\" string\n",
        "skipped {dir}/records.jsonl:5: invalid JSON: ",
        "warning {dir}/records.jsonl:4: published: '2019-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n",
        "3 articles read",
        "3 skipped (invalid JSON: 2, record has no \"text\" string: 1); 1 warning\n"},
       true},
      {"an index.yaml whose date is no date: a warning, the article is still read",
       [](const fs::path& d) {
         Write(d / "in" / "good.txt", GoodArticle());
         Write(d / "in" / "index.yaml", "articles:\n  good.txt: {published: \"2019-02-30\"}\n");
         return "extract " + Quote(d / "in") + Gazetteer();
       },
       0,
       {"warning {dir}/in/index.yaml:2:", ": published: '2019-02-30' is not a date", "1 articles read",
        "0 skipped; 1 warning\n"},
       true},
      {"impossible dates in text are not dates",
       [](const fs::path& d) {
         Write(d / "dates.txt",
               "越南与朝鲜建交\n越通社河内——越南与朝鲜于1950年2月30日正式建立外交关系。"
               "越南与老挝于1962年13月5日建交。\n");
         return ExtractWithGood(d, {"dates.txt"});
       },
       0,
       {"2 articles read", "0 skipped\n"},
       true},
      {"absurd amounts are not figures",
       [](const fs::path& d) {
         Write(d / "amounts.txt",
               "越中贸易\n越通社河内——2019年越南与中国双边贸易额达9999999亿亿美元。\n");
         return ExtractWithGood(d, {"amounts.txt"});
       },
       0,
       {"2 articles read", "0 skipped\n"},
       true},
      {"an output path that cannot be written",
       [](const fs::path& d) {
         Write(d / "good.txt", GoodArticle());
         return "extract " + Quote(d / "good.txt") + Gazetteer() + " -o " + Quote(d / "no" / "such" / "out.jsonl");
       },
       2,
       {"bilat extract: {dir}/no/such/out.jsonl: cannot write (No such file or directory)\n"},
       false},
      {"a missing gazetteer folder",
       [](const fs::path& d) {
         Write(d / "good.txt", GoodArticle());
         return "extract " + Quote(d / "good.txt") + " -g " + Quote(d / "nogaz");
       },
       2,
       {"bilat extract: {dir}/nogaz: no gazetteer folder here\n"},
       false},
      {"gazetteer YAML with a syntax error",
       [](const fs::path& d) {
         auto gaz = GazetteerWith(d, "zz.yaml", "people:\n  - id: xx.a\n    names: {zh-Hans: [甲乙\n");
         return "extract " + Quote(d / "x.txt") + " -g " + Quote(gaz);
       },
       2,
       {"{dir}/gaz/zz.yaml:4:1: YAML syntax error: ", "1 problem(s) in the gazetteer\n"},
       false},
      {"gazetteer YAML with a duplicate key",
       [](const fs::path& d) {
         auto gaz = GazetteerWith(d, "zz.yaml",
                                  "people:\n  - id: vn.dup-a\n    names: {zh-Hans: [阮甲乙丙]}\n"
                                  "    country: VN\n    country: LA\n");
         return "extract x.txt -g " + Quote(gaz);
       },
       2,
       {"{dir}/gaz/zz.yaml:5:5: duplicate key 'country'\n"},
       false},
      {"gazetteer YAML with an unknown field",
       [](const fs::path& d) {
         auto gaz = GazetteerWith(d, "zz.yaml",
                                  "people:\n  - id: vn.unknown-a\n    names: {zh-Hans: [阮甲乙丙]}\n"
                                  "    country: VN\n    nickname: 阿甲\n");
         return "extract x.txt -g " + Quote(gaz);
       },
       2,
       {"{dir}/gaz/zz.yaml:5:5: unknown key 'nickname' in person\n"},
       false},
      {"gazetteer alias clash",
       [](const fs::path& d) {
         auto gaz = GazetteerWith(d, "zz.yaml",
                                  "organizations:\n  - id: XCP\n    kind: party\n    country: LA\n"
                                  "    names: {zh-Hans: [越共]}\n");
         return "extract x.txt -g " + Quote(gaz);
       },
       2,
       {"{dir}/gaz/zz.yaml:2:5: alias '越共' claimed by CPV and XCP\n"},
       false},
      {"gazetteer role ending before it starts",
       [](const fs::path& d) {
         auto gaz = GazetteerWith(d, "zz.yaml",
                                  "people:\n  - id: vn.role-a\n    names: {zh-Hans: [阮甲乙丙]}\n    country: VN\n"
                                  "    roles:\n      - {office: head_of_state, country: VN, start: 2020-05, end: 2019}\n");
         return "extract x.txt -g " + Quote(gaz);
       },
       2,
       {"{dir}/gaz/zz.yaml:6:9: role ends (2019) before it starts (2020-05)\n"},
       false},
  };
}

TEST_CASE("bilat on bad inputs: a clear message with the place, the right exit code, the rest of the run kept") {
  for (const Row& row : Rows()) {
    std::string name = row.name;
    CAPTURE(name);
    if (name.find("chmod 000") != std::string::npos && ::geteuid() == 0) {
      MESSAGE("skipped '" << name << "': running as root, chmod 000 does not stop reading");
      continue;
    }
    fs::path dir = ScratchDir("bad-input");
    std::string args = row.setup(dir);
    Run run = RunBilat(dir, args);
    CAPTURE(args);
    CAPTURE(run.err);
    CHECK(run.exit_code == row.exit_code);
    size_t from = 0;
    for (const std::string& expected : row.stderr_has) {
      std::string text = Expand(expected, dir);
      CAPTURE(text);
      size_t at = run.err.find(text, from);
      CHECK(at != std::string::npos);
      if (at != std::string::npos) from = at + text.size();
    }
    // A sanitizer report exits with 1 too: it must not pass for "skipped".
    CHECK(run.err.find("Sanitizer") == std::string::npos);
    CHECK(run.err.find("runtime error") == std::string::npos);
    if (row.good_events) CHECK(run.out.find(kGoodEvent) != std::string::npos);
    if (row.exit_code == 2) CHECK(run.out.empty());
    if (name.find("impossible dates") != std::string::npos) {
      CHECK(run.out.find("-02-30") == std::string::npos);
      CHECK(run.out.find("1962-13") == std::string::npos);
      CHECK(run.out.find("\"doc\":\"dates.txt\",\"a\":\"VN\",\"b\":\"LA\",\"date\":null") != std::string::npos);
    }
    if (name.find("absurd amounts") != std::string::npos) CHECK(run.out.find("amounts.txt") == std::string::npos);
    fs::permissions(dir, fs::perms::owner_all);
    fs::remove_all(dir);
  }
}

}  // namespace
}  // namespace bilat::testing
