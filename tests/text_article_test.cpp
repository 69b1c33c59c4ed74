// Tests for text/sentences.h and text/article.h: sentence splitting, and the
// structure of the five bundled articles (title, captions, body, teasers and
// their reference years), with exact sentence spans.
#include "text/article.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "test_util.h"
#include "text/sentences.h"

namespace bilat::text {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST_CASE("SplitSentences ends sentences outside brackets and quotes") {
  struct Row {
    std::string text;
    std::vector<std::string> expected;
  };
  const Row rows[] = {
      {"越南与朝鲜建交。两国友好！真的吗？是的；好",
       {"越南与朝鲜建交。", "两国友好！", "真的吗？", "是的；", "好"}},
      {"访问期间,双方共同签署了《朝鲜-越南联合声明》和《越南-朝鲜贸易协定》。1964年,金日成再次访问越南。",
       {"访问期间,双方共同签署了《朝鲜-越南联合声明》和《越南-朝鲜贸易协定》。",
        "1964年,金日成再次访问越南。"}},
      {"越日友好协会主席严武凯说:“越日两国于四十年前正式建立外交关系。两国有很多共同点。”他说。",
       {"越日友好协会主席严武凯说:“越日两国于四十年前正式建立外交关系。两国有很多共同点。”他说。"}},
      {"到2018年达57.9万美元。", {"到2018年达57.9万美元。"}},
      {"朝鲜外长李勇浩(Ri Yong Ho. Jr)于2018年11月访问越南。", {"朝鲜外长李勇浩(Ri Yong Ho. Jr)于2018年11月访问越南。"}},
      {"（越通社。河内）消息。", {"（越通社。河内）消息。"}},
      {"「核心领导」地位。同时推动。", {"「核心领导」地位。", "同时推动。"}},
      {"他问:“真的吗？！”然后走了。", {"他问:“真的吗？！”然后走了。"}},
      {"是吗？！好。", {"是吗？！", "好。"}},
      {"通过“与大使喝咖啡。”倡议", {"通过“与大使喝咖啡。”倡议"}},
      {"Hello world. Next one.", {"Hello world.", "Next one."}},
      {"J. Smith arrived.", {"J. Smith arrived."}},
      {"未闭合的“引号。后面。", {"未闭合的“引号。", "后面。"}},
      {"  前后空格。\u3000 ", {"前后空格。"}},
      {"。。。", {}},
      {"", {}},
      {"越南与白俄罗斯拥有许多互补的优势。 越南是白俄罗斯在东南亚的传统贸易伙伴。",
       {"越南与白俄罗斯拥有许多互补的优势。", "越南是白俄罗斯在东南亚的传统贸易伙伴。"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(Sentences(row.text) == row.expected);
  }
}

TEST_CASE("SplitSentences: deep nesting, and appending to a vector") {
  // Twenty open brackets, closed one by one: no split inside.
  std::string nested = std::string(20, '(') + "甲。" + std::string(20, ')') + "乙。丙";
  CHECK(Sentences(nested) == std::vector<std::string>{std::string(20, '(') + "甲。" + std::string(20, ')') + "乙。", "丙"});
  // Unbalanced: split as if there were no brackets.
  CHECK(Sentences("《甲。乙。") == std::vector<std::string>{"《甲。", "乙。"});
  // A closer closes the innermost bracket it matches and those inside it.
  CHECK(Sentences("（《甲）乙。丙") == std::vector<std::string>{"（《甲）乙。", "丙"});

  std::string text = "甲。乙。";
  std::vector<Span> spans{{0, 1}};
  SplitSentences(text, 0, text.size(), &spans);
  CHECK(spans == std::vector<Span>{{0, 1}, {0, 6}, {6, 12}});
  std::string quoted = "“甲。乙。";
  SplitSentences(quoted, 0, quoted.size(), &spans);  // unbalanced: the first attempt's span is dropped
  CHECK(spans == std::vector<Span>{{0, 1}, {0, 6}, {6, 12}, {0, 9}, {9, 15}});
}

struct CorpusRow {
  const char* file;
  const char* title;
  const char* dateline;
  size_t teasers;
  int teaser_year;  // 0: no reference
};

const CorpusRow kCorpus[] = {
    {"000_c9d220f43a1d733f.txt", "越朝建交70周年:进一步加强两国传统友好合作关系", "越通社河内——", 6, 2026},
    {"001_6f535ffbc21a5a93.txt", "越共中央总书记阮富仲访问中国:推动两国关系进入发展新阶段", "越通社河内——", 13, 2026},
    {"002_6e778e33fda27ef2.txt", "进一步深化越南与白俄罗斯之间的友谊", "越通社河内——", 10, 2025},
    {"003_2aafa08a30cca0c9.txt", "越南—日本:共谋合作与发展", "", 5, 2026},
    {"004_5a876704dde407d5.txt", "日本外相上川阳子:友谊和信任是推动越日发展合作的动力", "越通社河内 ——", 9, 2025},
};

Document Parse(const std::string& file, Date published = Date{2020, 1, 31}) {
  return ParseArticle(file, testing::ReadFile(testing::RepoPath("corpus/" + file)), published);
}

TEST_CASE("SplitSentences: the same sentences wherever the eight-byte steps fall") {
  // Split passes over runs of Chinese eight bytes at a time, from the last
  // byte it decided on; so the cuts must not depend on where those steps
  // fall. The text behind 1-7 more characters 越 (three bytes each, which
  // shifts the steps through every residue mod 8) gives the same sentences,
  // shifted, the first one longer. Pieces: what Split decides on (ASCII and
  // full-width terminators, brackets, quotes, the lead bytes E2, E3, EF in
  // other characters) between runs of plain characters of every length.
  const std::string pieces[] = {"越南", "中国", "合作", "关系", "。", "！", "？", "；", "“", "”", "（", "）",
                                "《", "》", "，", "、", "…", "—", "．", "ｅ", "a", "7", ".", "!", "?", "\"",
                                "(", ")", "[", "]", " ", "\n", "é", "\U00020000", "\u3000"};
  std::mt19937 rng(20261123);
  for (int round = 0; round < 3000; ++round) {
    std::string text = "越";
    for (size_t k = rng() % 40; k > 0; --k) {
      const bool plain = rng() % 2 == 0;
      text += plain ? pieces[rng() % 4] : pieces[rng() % std::size(pieces)];
    }
    CAPTURE(text);
    const std::vector<Span> expected = SplitSentences(text);
    std::string prefix;
    for (size_t extra = 1; extra < 8; ++extra) {
      prefix += "越";
      std::vector<Span> got = SplitSentences(prefix + text);
      for (Span& span : got) {
        span.begin -= std::min(span.begin, prefix.size());
        span.end -= prefix.size();
      }
      CHECK(got == expected);
    }
  }
}

TEST_CASE("ParseArticle finds the structure of each bundled article") {
  for (const CorpusRow& row : kCorpus) {
    std::string file = row.file;
    CAPTURE(file);
    Document doc = Parse(row.file);
    REQUIRE(doc.items.size() == row.teasers + 1);
    CHECK(doc.items[0].title == row.title);
    CHECK(doc.items[0].dateline == row.dateline);
    CHECK(doc.items[0].reference == Date{2020, 1, 31});
    CHECK_FALSE(doc.items[0].reference_inferred);
    for (size_t i = 1; i < doc.items.size(); ++i) {
      CAPTURE(i);
      CHECK(doc.items[i].reference == Date{row.teaser_year, 0, 0});
      CHECK(doc.items[i].reference_inferred);
      CHECK_FALSE(doc.items[i].title.empty());
      CHECK(doc.items[i - 1].end <= doc.items[i].begin);
    }
    size_t previous_end = 0;
    for (const Sentence& s : doc.sentences) {
      std::string_view text = doc.SentenceText(s);
      CAPTURE(text);
      CHECK(s.begin >= previous_end);  // in text order, disjoint
      CHECK(s.begin < s.end);
      CHECK(text.find('\n') == std::string_view::npos);
      CHECK(text.find("(完)") == std::string_view::npos);
      CHECK(text.find("图自") == std::string_view::npos);
      CHECK(text.find(" ảnh ") == std::string_view::npos);
      const Item& item = doc.items[static_cast<size_t>(s.item)];
      CHECK(item.begin <= s.begin);
      CHECK(s.end <= item.end);
      CHECK((s.section == Section::kMore) == (s.item > 0));
      previous_end = s.end;
    }
    CHECK(doc.sentences.front().section == Section::kTitle);
    CHECK(doc.SentenceText(doc.sentences.front()) == row.title);
  }
}

TEST_CASE("ParseArticle puts known sentences in their section, with exact spans") {
  struct Row {
    const char* file;
    std::string sentence;
    Section section;
    Section part;
    int item;
  };
  const Row rows[] = {
      {"000_c9d220f43a1d733f.txt", "越南与朝鲜于1950年1月31日正式建立外交关系。", Section::kBody, Section::kBody, 0},
      {"000_c9d220f43a1d733f.txt", "朝鲜最高人民领导人金正恩于2019年2月对越南进行访问。", Section::kCaption,
       Section::kCaption, 0},
      {"000_c9d220f43a1d733f.txt", "良好政治关系", Section::kBody, Section::kBody, 0},
      {"000_c9d220f43a1d733f.txt", "1964年,金日成再次访问越南。", Section::kBody, Section::kBody, 0},
      {"000_c9d220f43a1d733f.txt", "两国双边贸易额于2012年达1500万美元,创下历史新高。", Section::kBody,
       Section::kBody, 0},
      {"000_c9d220f43a1d733f.txt", "越南政府总理范明政在政府总部会见瑞典驻越南大使约翰·恩迪西", Section::kMore,
       Section::kCaption, 1},
      {"000_c9d220f43a1d733f.txt", "会谈场景。", Section::kMore, Section::kCaption, 2},
      {"000_c9d220f43a1d733f.txt", "从决议到实践:越南继续成为增长与融入的亮点", Section::kMore, Section::kTitle, 3},
      {"000_c9d220f43a1d733f.txt", "越共十四大服务小组组长的感谢信", Section::kMore, Section::kTitle, 6},
      {"001_6f535ffbc21a5a93.txt", "越中两国国旗。", Section::kCaption, Section::kCaption, 0},
      {"001_6f535ffbc21a5a93.txt", "2021年,越中双边贸易额达1659亿美元,较2020年增长24.6%。", Section::kBody,
       Section::kBody, 0},
      {"001_6f535ffbc21a5a93.txt", "苏林总书记走访慰问越南电视台与越南之声广播电台", Section::kMore,
       Section::kTitle, 3},
      {"001_6f535ffbc21a5a93.txt", "越南国会主席陈青敏已签发关于调整2026年立法计划的第119/2026/UBTVQH15号决议。",
       Section::kMore, Section::kBody, 5},
      {"002_6e778e33fda27ef2.txt", "2024年双边贸易额为6000万美元,2025年前三个月达2090万美元。", Section::kBody,
       Section::kBody, 0},
      {"002_6e778e33fda27ef2.txt", "该协定于2015年5月签署,2016年10月起生效。", Section::kBody, Section::kBody, 0},
      {"002_6e778e33fda27ef2.txt", "河内市金莲坊公共行政服务中心", Section::kMore, Section::kCaption, 2},
      {"003_2aafa08a30cca0c9.txt", "去年,两国双边贸易额达到两百四十七亿美元。", Section::kBody, Section::kBody, 0},
      {"003_2aafa08a30cca0c9.txt", "越南与新加坡加强国防工业合作", Section::kMore, Section::kTitle, 2},
      {"004_5a876704dde407d5.txt", "日本外相上川阳子。", Section::kCaption, Section::kCaption, 0},
      {"004_5a876704dde407d5.txt", "上川阳子强调,日方愿进一步推动日越两国在国际舞台上的合作。", Section::kBody,
       Section::kBody, 0},
      {"004_5a876704dde407d5.txt", "附图。", Section::kMore, Section::kCaption, 8},
  };
  for (const Row& row : rows) {
    std::string file = row.file;
    CAPTURE(file);
    CAPTURE(row.sentence);
    Document doc = Parse(row.file);
    size_t expected_begin = doc.text.find(row.sentence);
    REQUIRE(expected_begin != std::string::npos);
    const Sentence* found = nullptr;
    for (const Sentence& s : doc.sentences) {
      if (s.begin == expected_begin) found = &s;
    }
    REQUIRE(found != nullptr);
    CHECK(found->end == expected_begin + row.sentence.size());
    CHECK(SectionName(found->section) == std::string(SectionName(row.section)));
    CHECK(SectionName(found->part) == std::string(SectionName(row.part)));
    CHECK(found->item == row.item);
  }
}

TEST_CASE("ParseArticle: datelines, the end of the body, teasers and their year") {
  struct Row {
    const char* label;
    std::string text;
    std::string dateline;
    std::vector<std::string> body;  // the item-0 body sentences
    size_t teasers;
    int teaser_year;
  };
  const Row rows[] = {
      {"Xinhua dateline with reporter", "标题\n新华社北京1月30日电(记者 王某)越南与中国举行会谈。\n", "新华社北京1月30日电(记者 王某)",
       {"越南与中国举行会谈。"}, 0, 0},
      {"no dateline: 越通社驻…记者报道 is text", "标题\n越通社驻新加坡记者报道,应新加坡国防部邀请。\n", "",
       {"越通社驻新加坡记者报道,应新加坡国防部邀请。"}, 0, 0},
      {"电视台 is no dateline", "标题\n越通社电视台报道。\n", "", {"越通社电视台报道。"}, 0, 0},
      {"(完) ends the body; credit lines skipped", "标题\n\n越通社河内——甲。(完)\n乙。\n越通社\n", "越通社河内——",
       {"甲。"}, 0, 0},
      {"a dateline is not read past (完)", "标题\n（记者阮（完）\n乙。\n", "", {"（记者阮"}, 0, 0},
      {"CRLF line ends", "标题\r\n\r\n越通社河内——甲。\r\n越通社\r\n更多\r\n\r\n乙标题\r\n\r\n乙。\r\n", "越通社河内——",
       {"甲。"}, 1, 0},
      {"stem-branch year", "标题\n甲。\n更多\n乙标题\n在2026丙午年春节即将来临之际,2月13日下午。\n", "", {"甲。"}, 1, 2026},
      {"anniversary span", "标题\n甲。\n更多\n乙标题\n建党96周年(1930.2.3-2026.2.3)之际。\n", "", {"甲。"}, 1, 2026},
      {"slashed anniversary", "标题\n甲。\n更多\n乙标题\n诞辰120周年(1906/3/1-2026/3/1)之际。\n", "", {"甲。"}, 1, 2026},
      {"term of office", "标题\n甲。\n更多\n乙标题\n第十六届国会(2026—2031年任期)代表。\n", "", {"甲。"}, 1, 2026},
      {"a target is no year", "标题\n甲。\n更多\n乙标题\n到2030年远景。\n", "", {"甲。"}, 1, 0},
      {"latest of several", "标题\n甲。\n更多\n乙标题\n2025年具有奠基性意义。2024年。\n", "", {"甲。"}, 1, 2025},
      {"a document number is no year", "标题\n甲。\n更多\n乙标题\n第119/2026/UBTVQH15号决议。\n", "", {"甲。"}, 1, 0},
      {"full-width digits", "标题\n甲。\n更多\n乙标题\n２０２６年。\n", "", {"甲。"}, 1, 2026},
      {"teasers grouped without captions",
       "标题\n甲。\n更多\n一号标题\n一号标题\n一号正文。\n二号标题\n二号正文。\n续段。\n图片。图自越通社\n三号标题\n三号正文。\n", "",
       {"甲。"}, 3, 0},
      {"the publication year is never the teasers'", "标题\n2020年甲。\n更多\n乙标题\n1月30日晚,会见。\n", "", {"2020年甲。"}, 1, 0},
  };
  for (const Row& row : rows) {
    std::string label = row.label;
    CAPTURE(label);
    Document doc = ParseArticle("t", row.text, Date{2020, 1, 31});
    CHECK(doc.items[0].title == "标题");
    CHECK(doc.items[0].dateline == row.dateline);
    std::vector<std::string> body;
    for (const Sentence& s : doc.sentences) {
      if (s.section == Section::kBody) body.emplace_back(doc.SentenceText(s));
    }
    CHECK(body == row.body);
    REQUIRE(doc.items.size() == row.teasers + 1);
    for (size_t i = 1; i < doc.items.size(); ++i) {
      CHECK(doc.items[i].reference.year == row.teaser_year);
      CHECK(doc.items[i].reference_inferred == (row.teaser_year != 0));
    }
  }
}

TEST_CASE("ParseArticle: teaser titles, unknown publication date, BOM") {
  Document doc = ParseArticle("t", "\xEF\xBB\xBF标题\n甲。\n更多\n一号标题\n一号标题\n一号正文。\n二号标题\n二号正文。\n续段。\n",
                              Date{});
  CHECK(doc.text.substr(0, 6) == "标题");
  CHECK(doc.items[0].reference.empty());
  REQUIRE(doc.items.size() == 3);
  CHECK(doc.items[1].title == "一号标题");
  CHECK(doc.items[2].title == "二号标题");
  CHECK(doc.text.substr(doc.items[2].begin, doc.items[2].end - doc.items[2].begin) ==
        "二号标题\n二号正文。\n续段。");
  Document empty = ParseArticle("e", "", Date{});
  CHECK(empty.items.size() == 1);
  CHECK(empty.sentences.empty());
}

TEST_CASE("SectionName") {
  CHECK(std::string(SectionName(Section::kTitle)) == "title");
  CHECK(std::string(SectionName(Section::kCaption)) == "caption");
  CHECK(std::string(SectionName(Section::kBody)) == "body");
  CHECK(std::string(SectionName(Section::kMore)) == "more");
}

}  // namespace
}  // namespace bilat::text
