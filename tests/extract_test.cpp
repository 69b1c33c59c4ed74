// Relation rules on real sentences of the bundled articles: each row is one
// short article (title line, then the sentence) and the events it must yield.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "extract/event_json.h"
#include "extract/extractor.h"
#include "test_util.h"
#include "text/article.h"

namespace bilat::extract {
namespace {

std::string Summary(const Event& e) {
  switch (e.type) {
    case EventType::kVisit:
      return "visit " + e.a.name + " " + e.a.country + "->" + e.place + " " + e.start + " " + e.status;
    case EventType::kMeeting:
      return "meeting " + e.a.name + " " + e.a.country + " | " + e.b.name + " " + e.b.country + " " + e.date;
    case EventType::kTrade: {
      char value[32];
      std::snprintf(value, sizeof value, "%.0f", e.value_usd.value_or(0));
      return "trade " + e.flow + " " + e.a.country + "-" + e.b.country + " " + e.period + " " + value;
    }
    case EventType::kAgreement: {
      std::string parties;
      for (const auto& p : e.parties) parties += p + ",";
      return "agreement " + parties + " " + e.name + " " + e.date;
    }
    case EventType::kRelationsEstablished:
      return "relations " + e.a.country + "-" + e.b.country + " " + e.date;
    case EventType::kAid:
      return "aid " + e.a.country + "->" + e.b.country + " " + e.name + " " + e.period;
  }
  return "?";
}

struct Row {
  const char* title;
  const char* sentence;
  const char* published;
  std::vector<std::string> expected;  // every event, in order
};

const Row kRows[] = {
    {"越朝建交70周年", "越南与朝鲜于1950年1月31日正式建立外交关系。", "2020-01-31",
     {"relations VN-KP 1950-01-31"}},
    {"越朝关系", "1957年7月,胡志明主席首次对朝鲜进行正式友好访问,获得朝鲜的热烈欢迎。", "2020-01-31",
     {"visit 胡志明 VN->KP 1957-07 done"}},
    {"越朝关系",
     "朝鲜最高人民会议常任委员会委员长金永南(Kim Yong Nam)分别于2001年7月和2012年8月对越南进行访问。",
     "2020-01-31", {"visit 金永南 KP->VN 2001-07 done", "visit 金永南 KP->VN 2012-08 done"}},
    {"越朝关系", "越南政府副总理兼外长范平明于2019年2月访朝时,李勇浩表示感谢。", "2020-01-31",
     {"visit 范平明 VN->KP 2019-02 done"}},
    {"越朝关系", "两国双边贸易额于2012年达1500万美元,创下历史新高。", "2020-01-31",
     {"trade bilateral VN-KP 2012 15000000"}},
    {"越朝关系", "2017年越南对朝鲜商品出口额达730万美元。到2018年达57.9万美元。", "2020-01-31",
     {"trade export VN-KP 2017 7300000", "trade export VN-KP 2018 579000"}},
    {"越朝关系", "越南分别于1995年和1997年向朝鲜提供100吨大米和1.3万吨大米援助。", "2020-01-31",
     {"aid VN->KP 大米 100吨 1995", "aid VN->KP 大米 13000吨 1997"}},
    {"越朝关系", "访问期间,双方共同签署了《朝鲜-越南联合声明》和《越南-朝鲜贸易协定》。", "2020-01-31",
     {"agreement KP,VN, 朝鲜-越南联合声明 ", "agreement VN,KP, 越南-朝鲜贸易协定 "}},
    {"越中关系", "2021年,越中双边贸易额达1659亿美元,较2020年增长24.6%。", "2022-10",
     {"trade bilateral VN-CN 2021 165900000000"}},
    {"越中关系", "今年前8月,越中进出口额达1174亿美元,较2021年同期增长10.8%。", "2022-10",
     {"trade bilateral VN-CN 2022-01/2022-08 117400000000"}},
    {"越南与白俄罗斯",
     "越共中央总书记苏林偕夫人和越南高级代表团将于5月11日至12日对白俄罗斯进行国事访问。", "2025-05",
     {"visit 苏林 VN->BY 2025-05-11 planned"}},
    {"越南与白俄罗斯", "2024年7月3日,越南国家主席苏林会见白俄罗斯共和国新任驻越南大使乌拉基米尔·巴拉维库。",
     "2025-05", {"meeting 苏林 VN | 乌拉基米尔·巴拉维库 BY 2024-07-03"}},
    {"越南与白俄罗斯", "2024年双边贸易额为6000万美元,2025年前三个月达2090万美元。", "2025-05",
     {"trade bilateral VN-BY 2024 60000000", "trade bilateral VN-BY 2025-01/2025-03 20900000"}},
    {"越南—日本", "去年,两国双边贸易额达到两百四十七亿美元。", "2013-12",
     {"trade bilateral VN-JP 2012 24700000000"}},
    {"越南—日本", "两国签署了多项协议,其中包括为两国经济合作打下法理基础并创造便利条件的越日经济合作伙伴协定。",
     "2013-12", {"agreement VN,JP, 越日经济合作伙伴协定 "}},
    {"越南—日本", "目前,两国政府领导人已达成协议,继续合作。", "2013-12", {}},
    {"越南与印尼", "双方一致同意推动签署大米贸易协议。", "2025-07", {}},
    {"越南与美国", "越共中央政治局委员、公安部部长梁三光大将在河内会见了美国负责东亚和太平洋事务的助理国务卿迈克尔·德索姆布雷。",
     "2026-02", {"meeting 梁三光 VN | 迈克尔·德索姆布雷 US ", "visit 迈克尔·德索姆布雷 US->VN  done"}},
    {"越老关系", "越共中央总书记苏林于12月2日拜访了前老挝人民革命党中央总书记、国家主席朱马利·赛雅贡(Choummaly Sayasone)。",
     "2025-12", {"meeting 苏林 VN | 朱马利·赛雅贡 LA 2025-12-02"}},
    {"越中关系", "这是越共中央总书记苏林首次以越共中央总书记身份访华。", "2025-05", {"visit 苏林 VN->CN  done"}},
    {"越南国内", "越南国会主席陈青敏率领国会及芹苴市工作代表团看望慰问芹苴市盛春乡。", "2026-02", {}},
    {"金砖国家峰会", "当地时间7月7日,正在巴西里约热内卢出席金砖国家峰会的越南政府总理范明政会见了联合国秘书长安东尼奥·古特雷斯。",
     "2025-07", {"meeting 范明政 VN | 安东尼奥·古特雷斯 UN 2025-07-07", "visit 范明政 VN->BR 2025-07-07 done"}},
    // Xinhua-style phrasings (not in the bundled articles).
    {"中越关系", "国家主席习近平11日在人民大会堂会见来访的越南政府总理范明政。", "2025-04",
     {"meeting 习近平 CN | 范明政 VN 2025-04-11", "visit 范明政 VN->CN 2025-04-11 done"}},
    {"中越关系", "正在中国进行国事访问的越共中央总书记苏林12日参观了一家企业。", "2024-08",
     {"visit 苏林 VN->CN 2024-08-12 done"}},
    {"越中關係", "越南國家主席梁強會見了寮國國家主席通倫。", "2025-03",
     {"meeting 梁強 VN | 通倫 LA "}},  // names as written
};

TEST_CASE("extract: relation rules on seed sentences") {
  Extractor extractor(testing::RepoGazetteer());
  for (const Row& row : kRows) {
    CAPTURE(std::string(row.sentence));
    std::string text = std::string(row.title) + "\n\n" + row.sentence + "\n";
    text::Document doc = text::ParseArticle("t.txt", text, Date::ParseIso(row.published).value());
    std::vector<std::string> got;
    for (const Event& e : extractor.Extract(doc)) got.push_back(Summary(e));
    auto join = [](const std::vector<std::string>& v) {
      std::string out;
      for (const auto& x : v) out += "[" + x + "] ";
      return out;
    };
    CHECK(join(got) == join(row.expected));
  }
}

TEST_CASE("extract: a lede printed twice is one event with both evidences") {
  Extractor extractor(testing::RepoGazetteer());
  std::string text =
      "越朝关系\n\n朝鲜最高人民领导人金正恩于2019年2月对越南进行访问。\n\n"
      "特别是,朝鲜最高人民领导人金正恩于2019年2月对越南进行国事访问并出席第二次美朝领导人峰会。\n";
  auto events = extractor.Extract(text::ParseArticle("t.txt", text, Date{2020, 1, 31}));
  REQUIRE(events.size() == 1);
  CHECK(Summary(events[0]) == "visit 金正恩 KP->VN 2019-02 done");
  CHECK(events[0].evidence.size() == 2);
  CHECK(events[0].a.id == "kp.kim-jong-un");
}

TEST_CASE("extract: Analyze shows a pronoun's countries, those of its item") {
  Extractor extractor(testing::RepoGazetteer());
  std::string text = "越朝关系\n\n两国双边贸易额于2012年达1500万美元。\n";
  std::vector<std::string> pronoun_pair;
  for (const link::SentenceAnalysis& s : extractor.Analyze(text::ParseArticle("t.txt", text, Date{2020, 1, 31})))
    for (const link::Mention& m : s.mentions)
      if (m.kind == link::Mention::Kind::kPronoun) pronoun_pair.assign(m.pair.begin(), m.pair.end());
  CHECK(pronoun_pair == std::vector<std::string>{"VN", "KP"});
}

Event MeetingAt(std::string a, std::string b, size_t offset) {
  Event e;
  e.type = EventType::kMeeting;
  e.a.name = std::move(a);
  e.b.name = std::move(b);
  e.date = "2020-01-02";
  e.evidence.push_back({"s", offset, "body", "meeting.verb"});
  return e;
}

TEST_CASE("MergeEvents: folds the same relation and orders by offset, then key") {
  Event visit;
  visit.type = EventType::kVisit;
  visit.a.name = "X";
  visit.place = "VN";
  visit.start = "2020-01-02";
  visit.evidence.push_back({"s", 10, "body", "visit.verb_country"});
  Event vaguer = visit;  // the same visit, undated, later on
  vaguer.start = "";
  vaguer.evidence.front().offset = 20;
  std::vector<Event> events = {visit, MeetingAt("X", "Y", 10), vaguer, MeetingAt("P", "Q", 5), MeetingAt("Y", "X", 30)};
  std::vector<Event> merged = MergeEvents(events);
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].a.name == "P");
  CHECK(merged[1].type == EventType::kMeeting);  // "meeting|..." sorts before "visit|..."
  CHECK(merged[1].evidence.size() == 2);         // Y meeting X at 30 is the same meeting
  CHECK(merged[2].type == EventType::kVisit);
  CHECK(merged[2].status == "done");
  CHECK(merged[2].evidence.size() == 2);
}

TEST_CASE("MergeEvents: random lists of meetings come out sorted, each once") {
  std::mt19937 random(20260507);
  for (int round = 0; round < 200; ++round) {
    std::vector<Event> events;
    std::vector<std::pair<size_t, std::string>> expected;  // offset and key of each distinct meeting
    size_t count = random() % 12;
    for (size_t i = 0; i < count; ++i) {
      if (!events.empty() && random() % 4 == 0) {  // the same meeting again, later
        Event again = events[random() % events.size()];
        again.evidence.front().offset += 1 + random() % 3;
        events.push_back(again);
        continue;
      }
      std::string a{'a', static_cast<char>('A' + i)}, b{'b', static_cast<char>('0' + random() % 3)};
      events.push_back(MeetingAt(a, b, random() % 6));
      expected.emplace_back(events.back().evidence.front().offset, events.back().Key());
    }
    std::sort(expected.begin(), expected.end());
    std::vector<std::pair<size_t, std::string>> got;
    for (const Event& e : MergeEvents(events)) got.emplace_back(e.evidence.front().offset, e.Key());
    CAPTURE(round);
    CHECK(got == expected);
  }
}

}  // namespace
}  // namespace bilat::extract

namespace bilat::extract {
namespace {

TEST_CASE("event JSON: the direct line writer gives exactly the json value's dump") {
  Event e;
  e.type = EventType::kTrade;
  e.doc = "t.txt";
  e.a.country = "VN";
  e.b.country = "CN";
  e.flow = "bilateral";
  e.period = "2022-01/2022-08";
  e.value_usd = 117400000000;
  e.growth_pct = 10.8;
  e.evidence.push_back({"引号\"、反斜杠\\、换行\n和\t制表\x01", 12, "body", "trade.bilateral"});
  Event visit;
  visit.type = EventType::kVisit;
  visit.a = {"金正恩", "kp.kim-jong-un", "KP", "leader"};
  visit.place = "VN";
  visit.start = "2019-02";
  visit.status = "done";
  visit.evidence.push_back({"朝鲜最高人民领导人金正恩于2019年2月对越南进行访问。", 0, "caption", "visit"});
  visit.evidence.push_back({"第二次", 99, "body", "visit"});
  Event agreement;
  agreement.type = EventType::kAgreement;
  agreement.parties = {"KP", "VN"};
  agreement.name = "朝鲜-越南联合声明";
  agreement.evidence.push_back({"签署了《朝鲜-越南联合声明》", 5, "body", "agreement"});
  for (const Event& ev : {e, visit, agreement}) {
    CAPTURE(EventTypeName(ev.type));
    CHECK(EventToJsonLine(ev) == EventToJson(ev).dump() + "\n");
  }
}

TEST_CASE("event JSON: the line writer escapes each special byte wherever it sits in a string") {
  Event e;
  e.type = EventType::kRelationsEstablished;
  e.a.country = "CN";
  e.b.country = "VN";
  e.evidence.push_back({"", 0, "body", "relations"});
  std::string specials = "\"\\\x7f /";
  for (int c = 0; c < 0x20; ++c) specials += static_cast<char>(c);
  for (char special : specials)
    for (size_t at = 0; at < 19; ++at) {
      std::string text = "中a" + std::string(17, 'b');
      text.insert(at == 0 ? 0 : at + 2, 1, special);
      e.evidence.front().text = text;
      CAPTURE(static_cast<int>(special));
      CAPTURE(at);
      CHECK(EventToJsonLine(e) == EventToJson(e).dump() + "\n");
    }
}

}  // namespace
}  // namespace bilat::extract
