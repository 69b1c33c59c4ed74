// Scoring against gold (shared/gold/SCHEMA.md, "Scoring"): one table row per
// matching rule, built from relations of tests/gold/*.yaml; dedupe, article
// scoping and the ratios; gold and event file errors; the gold scored against
// itself.
#include <doctest/doctest.h>

#include <sstream>

#include "extract/event_json.h"
#include "score/gold.h"
#include "score/match.h"
#include "score/report.h"
#include "score/scorer.h"
#include "test_util.h"

namespace bilat::score {
namespace {

using extract::Event;

// One gold relation, written as a YAML flow mapping, in article "d.txt".
Event Gold(const std::string& relation) {
  GoldDoc doc;
  Status status = ParseGold("doc: d.txt\nrelations:\n  - " + relation + "\n", "t.yaml", &doc);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  REQUIRE(doc.relations.size() == 1);
  return doc.relations[0];
}

// One extracted event, written as a JSON Lines record; doc defaults to "d".
Event Extracted(const std::string& json) {
  nlohmann::json j = nlohmann::json::parse(json);
  if (!j.contains("doc")) j["doc"] = "d";
  Event e;
  std::string error;
  REQUIRE_MESSAGE(extract::EventFromJson(j, &e, &error), error);
  return e;
}

struct MatchCase {
  const char* name;
  const char* gold;       // YAML flow mapping
  const char* extracted;  // JSON
  bool match;
};

const MatchCase kMatchCases[] = {
    // visit (000_c9d220f43a1d733f, 004_5a876704dde407d5)
    {"visit: same person, host, month",
     R"({type: visit, visitor: 金日成, visitor_country: KP, host: VN, start: "1958-12"})",
     R"({"type":"visit","visitor":"金日成","visitor_country":"KP","host":"VN","start":"1958-12"})", true},
    {"visit: other host", R"({type: visit, visitor: 金日成, visitor_country: KP, host: VN, start: "1958-12"})",
     R"({"type":"visit","visitor":"金日成","visitor_country":"KP","host":"CN","start":"1958-12"})", false},
    {"visit: other person", R"({type: visit, visitor: 金日成, visitor_country: KP, host: VN, start: "1958-12"})",
     R"({"type":"visit","visitor":"金正恩","visitor_country":"KP","host":"VN","start":"1958-12"})", false},
    {"visit: extracted name contains gold's",
     R"({type: visit, visitor: 秋筱宫文仁, visitor_country: JP, host: VN, start: "2023"})",
     R"({"type":"visit","visitor":"秋筱宫文仁亲王","visitor_country":"JP","host":"VN","start":"2023-09-20"})", true},
    {"visit: gold name contains extracted's",
     R"({type: visit, visitor: 迈克尔·德索姆布雷, visitor_country: US, host: VN, start: null})",
     R"({"type":"visit","visitor":"德索姆布雷","visitor_country":"US","host":"VN","start":"2026-02"})", true},
    {"visit: names equal once · and spaces are removed",
     R"({type: visit, visitor: 迈克尔·德索姆布雷, visitor_country: US, host: VN, start: null})",
     R"({"type":"visit","visitor":"迈克尔 德索姆布雷","visitor_country":"US","host":"VN","start":null})", true},
    {"visit: gold day cut to month",
     R"({type: visit, visitor: 阮晋勇, visitor_country: VN, host: JP, start: "2013-12-12"})",
     R"({"type":"visit","visitor":"阮晋勇","visitor_country":"VN","host":"JP","start":"2013-12-14"})", true},
    {"visit: extracted month only, gold day",
     R"({type: visit, visitor: 阮晋勇, visitor_country: VN, host: JP, start: "2013-12-12"})",
     R"({"type":"visit","visitor":"阮晋勇","visitor_country":"VN","host":"JP","start":"2013-12"})", true},
    {"visit: other month", R"({type: visit, visitor: 阮晋勇, visitor_country: VN, host: JP, start: "2013-12-12"})",
     R"({"type":"visit","visitor":"阮晋勇","visitor_country":"VN","host":"JP","start":"2013-11-12"})", false},
    {"visit: gold year only", R"({type: visit, visitor: 金日成, visitor_country: KP, host: VN, start: "1964"})",
     R"({"type":"visit","visitor":"金日成","visitor_country":"KP","host":"VN","start":"1964-05"})", true},
    {"visit: gold year only, other year",
     R"({type: visit, visitor: 金日成, visitor_country: KP, host: VN, start: "1964"})",
     R"({"type":"visit","visitor":"金日成","visitor_country":"KP","host":"VN","start":"1965"})", false},
    {"visit: gold without start takes any",
     R"({type: visit, visitor: 苏林, visitor_country: VN, host: KH, start: null})",
     R"({"type":"visit","visitor":"苏林","visitor_country":"VN","host":"KH","start":"2026-03"})", true},
    {"visit: extracted without start, gold with one",
     R"({type: visit, visitor: 金日成, visitor_country: KP, host: VN, start: "1964"})",
     R"({"type":"visit","visitor":"金日成","visitor_country":"KP","host":"VN","start":null})", false},
    // trade (000_c9d220f43a1d733f)
    {"trade: bilateral, same order",
     R"({type: trade, a: VN, b: KP, flow: bilateral, period: "2012", value_usd: 15000000})",
     R"({"type":"trade","a":"VN","b":"KP","flow":"bilateral","period":"2012","value_usd":15000000})", true},
    {"trade: bilateral, countries swapped",
     R"({type: trade, a: VN, b: KP, flow: bilateral, period: "2012", value_usd: 15000000})",
     R"({"type":"trade","a":"KP","b":"VN","flow":"bilateral","period":"2012","value_usd":15000000})", true},
    {"trade: value 1% above", R"({type: trade, a: VN, b: KP, flow: bilateral, period: "2012", value_usd: 15000000})",
     R"({"type":"trade","a":"VN","b":"KP","flow":"bilateral","period":"2012","value_usd":15150000})", true},
    {"trade: value 1% below", R"({type: trade, a: VN, b: KP, flow: bilateral, period: "2012", value_usd: 15000000})",
     R"({"type":"trade","a":"VN","b":"KP","flow":"bilateral","period":"2012","value_usd":14850000})", true},
    {"trade: value 1.3% off", R"({type: trade, a: VN, b: KP, flow: bilateral, period: "2012", value_usd: 15000000})",
     R"({"type":"trade","a":"VN","b":"KP","flow":"bilateral","period":"2012","value_usd":15200000})", false},
    {"trade: no value", R"({type: trade, a: VN, b: KP, flow: bilateral, period: "2012", value_usd: 15000000})",
     R"({"type":"trade","a":"VN","b":"KP","flow":"bilateral","period":"2012","value_usd":null})", false},
    {"trade: other period", R"({type: trade, a: VN, b: KP, flow: bilateral, period: "2012", value_usd: 15000000})",
     R"({"type":"trade","a":"VN","b":"KP","flow":"bilateral","period":"2013","value_usd":15000000})", false},
    {"trade: export, same order", R"({type: trade, a: VN, b: KP, flow: export, period: "2017", value_usd: 7300000})",
     R"({"type":"trade","a":"VN","b":"KP","flow":"export","period":"2017","value_usd":7300000})", true},
    {"trade: export, countries swapped",
     R"({type: trade, a: VN, b: KP, flow: export, period: "2017", value_usd: 7300000})",
     R"({"type":"trade","a":"KP","b":"VN","flow":"export","period":"2017","value_usd":7300000})", false},
    {"trade: export vs bilateral", R"({type: trade, a: VN, b: KP, flow: export, period: "2017", value_usd: 7300000})",
     R"({"type":"trade","a":"VN","b":"KP","flow":"bilateral","period":"2017","value_usd":7300000})", false},
    {"trade: interval period", R"({type: trade, a: VN, b: CN, flow: bilateral, period: 2022-01/2022-08, value_usd: 117400000000})",
     R"({"type":"trade","a":"CN","b":"VN","flow":"bilateral","period":"2022-01/2022-08","value_usd":1.174e11})", true},
    // agreement (000_c9d220f43a1d733f, 003_2aafa08a30cca0c9)
    {"agreement: 《》 and an em dash removed",
     R"({type: agreement, parties: [KP, VN], name: 朝鲜-越南联合声明, date: "1958-12"})",
     R"({"type":"agreement","parties":["VN","KP"],"name":"《朝鲜—越南联合声明》","date":"1958-12"})", true},
    {"agreement: hyphen missing in extracted",
     R"({type: agreement, parties: [VN, KP], name: 越南-朝鲜贸易协定, date: "1958-12"})",
     R"({"type":"agreement","parties":["KP","VN"],"name":"越南朝鲜贸易协定","date":"1958-12-05"})", true},
    {"agreement: other name", R"({type: agreement, parties: [VN, KP], name: 越南-朝鲜贸易协定, date: "1958-12"})",
     R"({"type":"agreement","parties":["KP","VN"],"name":"朝鲜-越南联合声明","date":"1958-12"})", false},
    {"agreement: gold name contains extracted",
     R"({type: agreement, parties: [VN, JP], name: 越日经济合作伙伴协定})",
     R"({"type":"agreement","parties":["JP","VN"],"name":"经济合作伙伴协定","date":"2008"})", true},
    {"agreement: other parties", R"({type: agreement, parties: [VN, JP], name: 越日经济合作伙伴协定})",
     R"({"type":"agreement","parties":["VN","CN"],"name":"越日经济合作伙伴协定","date":null})", false},
    {"agreement: one party only", R"({type: agreement, parties: [VN, JP], name: 越日经济合作伙伴协定})",
     R"({"type":"agreement","parties":["VN"],"name":"越日经济合作伙伴协定","date":null})", false},
    {"agreement: other year", R"({type: agreement, parties: [VN, JP], name: 联合声明, date: "2011"})",
     R"({"type":"agreement","parties":["VN","JP"],"name":"联合声明","date":"2012"})", false},
    // meeting (000_c9d220f43a1d733f, 003_2aafa08a30cca0c9)
    {"meeting: persons in the other order",
     R"({type: meeting, a: 黎怀忠, a_country: VN, b: 王毅, b_country: CN, date: "2026-02-03", place: CN})",
     R"({"type":"meeting","a":"王毅","b":"黎怀忠","date":"2026-02-03","place":"CN"})", true},
    {"meeting: names with ·",
     R"({type: meeting, a: 范明政, a_country: VN, b: 约翰·恩迪西, b_country: SE, date: "2026-01-30", place: VN})",
     R"({"type":"meeting","a":"范明政","b":"约翰恩迪西","date":"2026-01-30","place":null})", true},
    {"meeting: one person differs",
     R"({type: meeting, a: 黎怀忠, a_country: VN, b: 王毅, b_country: CN, date: "2026-02-03", place: CN})",
     R"({"type":"meeting","a":"黎怀忠","b":"刘海星","date":"2026-02-03","place":"CN"})", false},
    {"meeting: other month",
     R"({type: meeting, a: 范平明, a_country: VN, b: 李勇浩, b_country: KP, date: "2018-11", place: VN})",
     R"({"type":"meeting","a":"范平明","b":"李勇浩","date":"2019-02"})", false},
    {"meeting: gold without date",
     R"({type: meeting, a: 黎怀忠, a_country: VN, b: 刘海星, b_country: CN, date: null, place: null})",
     R"({"type":"meeting","a":"黎怀忠","b":"刘海星","date":"2026-01-29"})", true},
    {"meeting: null gold person never matches a name",
     R"({type: meeting, a: 金正恩, a_country: KP, b: null, b_country: US, date: "2019-02", place: VN})",
     R"({"type":"meeting","a":"金正恩","b":"特朗普","date":"2019-02-27"})", false},
    {"meeting: null gold person, None extracted",
     R"({type: meeting, a: 金正恩, a_country: KP, b: null, b_country: US, date: "2019-02", place: VN})",
     R"({"type":"meeting","a":"金正恩","b":"None","date":"2019-02-27"})", true},
    // relations_established (000_c9d220f43a1d733f, 003_2aafa08a30cca0c9)
    {"relations: same day, pair swapped", R"({type: relations_established, a: VN, b: KP, date: "1950-01-31"})",
     R"({"type":"relations_established","a":"KP","b":"VN","date":"1950-01-31"})", true},
    {"relations: extracted less precise than gold",
     R"({type: relations_established, a: VN, b: KP, date: "1950-01-31"})",
     R"({"type":"relations_established","a":"VN","b":"KP","date":"1950-01"})", false},
    {"relations: gold month", R"({type: relations_established, a: VN, b: JP, date: "1973-09"})",
     R"({"type":"relations_established","a":"VN","b":"JP","date":"1973-09-21"})", true},
    {"relations: gold without date", R"({type: relations_established, a: VN, b: CN, date: null})",
     R"({"type":"relations_established","a":"CN","b":"VN","date":"1950-01-18"})", true},
    {"relations: other pair", R"({type: relations_established, a: VN, b: CN, date: null})",
     R"({"type":"relations_established","a":"VN","b":"SU","date":null})", false},
    // aid (000_c9d220f43a1d733f, 001_6f535ffbc21a5a93)
    {"aid: same period", R"({type: aid, donor: VN, recipient: KP, what: 大米 100吨, period: "1995"})",
     R"({"type":"aid","donor":"VN","recipient":"KP","what":"100吨大米","period":"1995"})", true},
    {"aid: other period", R"({type: aid, donor: VN, recipient: KP, what: 大米 100吨, period: "1995"})",
     R"({"type":"aid","donor":"VN","recipient":"KP","what":"大米","period":"1997"})", false},
    {"aid: donor and recipient swapped", R"({type: aid, donor: VN, recipient: KP, what: 大米 100吨, period: "1995"})",
     R"({"type":"aid","donor":"KP","recipient":"VN","what":"大米","period":"1995"})", false},
    {"aid: gold without period", R"({type: aid, donor: CN, recipient: VN, what: 疫苗, period: null})",
     R"({"type":"aid","donor":"CN","recipient":"VN","what":"医疗物资","period":"2021"})", true},
};

TEST_CASE("Matches: one row per rule") {
  for (const MatchCase& row : kMatchCases) {
    const std::string label = row.name;
    CAPTURE(label);
    CHECK(Matches(Extracted(row.extracted), Gold(row.gold)) == row.match);
  }
}

TEST_CASE("Normalization of names") {
  struct Row {
    const char* in;
    const char* person;
    const char* agreement;
  };
  const Row rows[] = {
      {"约翰·恩迪西", "约翰恩迪西", "约翰恩迪西"},
      {"约翰・恩迪西", "约翰恩迪西", "约翰恩迪西"},
      {"Kim\u00a0Yong Nam", "KimYongNam", "KimYongNam"},
      {"《朝鲜-越南联合声明》", "《朝鲜-越南联合声明》", "朝鲜越南联合声明"},
      {"中国—越南 双边合作", "中国—越南双边合作", "中国越南双边合作"},
      {"None", "", "None"},
      {"", "", ""},
  };
  for (const Row& row : rows) {
    const std::string label = row.in;
    CAPTURE(label);
    CHECK(NormalizePersonName(row.in) == row.person);
    CHECK(NormalizeAgreementName(row.in) == row.agreement);
  }
}

TEST_CASE("DocId: path and .txt do not matter") {
  CHECK(DocId("000_c9d220f43a1d733f.txt") == "000_c9d220f43a1d733f");
  CHECK(DocId("seeds/000_c9d220f43a1d733f.txt") == "000_c9d220f43a1d733f");
  CHECK(DocId("000_c9d220f43a1d733f") == "000_c9d220f43a1d733f");
}

TEST_CASE("Country-level visits: visitor country, host and year only") {
  const Event gold = Gold(R"({type: visit, visitor: 金正恩, visitor_country: KP, host: VN, start: "2019-02"})");
  struct Row {
    const char* extracted;
    bool visit, country_level;
  };
  const Row rows[] = {
      {R"({"type":"visit","visitor":"金正恩","visitor_country":"KP","host":"VN","start":"2019-02"})", true, true},
      {R"({"type":"visit","visitor":"金正日","visitor_country":"KP","host":"VN","start":"2019-03"})", false, true},
      {R"({"type":"visit","visitor":"金正恩","visitor_country":"KP","host":"VN","start":"2018"})", false, false},
      {R"({"type":"visit","visitor":"金正恩","visitor_country":null,"host":"VN","start":"2019-02"})", true, false},
      {R"({"type":"visit","visitor":"金正恩","visitor_country":"KP","host":"CN","start":"2019-02"})", false, false},
  };
  for (const Row& row : rows) {
    const std::string label = row.extracted;
    CAPTURE(label);
    Event e = Extracted(row.extracted);
    CHECK(Matches(e, gold) == row.visit);
    CHECK(CountryLevelVisitMatches(e, gold) == row.country_level);
  }
}

// 000_c9d220f43a1d733f, cut down: the 金正恩 visit (stated three times in the
// article, once here), two 金永南 visits, one relations_established.
const char* kGold000 = R"(doc: 000_c9d220f43a1d733f.txt
published: "2020-01-31"
relations:
  - type: relations_established
    a: VN
    b: KP
    date: "1950-01-31"
    evidence: 越南与朝鲜于1950年1月31日正式建立外交关系
  - type: visit   # comments are ignored
    visitor: 金正恩
    visitor_country: KP
    host: VN
    start: "2019-02"
    evidence: 朝鲜最高人民领导人金正恩于2019年2月对越南进行访问
  - {type: visit, visitor: 金永南, visitor_country: KP, host: VN, start: "2001-07", evidence: 分别于2001年7月}
  - {type: visit, visitor: 金永南, visitor_country: KP, host: VN, start: "2012-08", evidence: 和2012年8月}
  - {type: visit, visitor: 金永南, visitor_country: KP, host: VN, start: "2012-08", evidence: 重复}
)";

std::vector<GoldDoc> Gold000() {
  GoldDoc doc;
  Status status = ParseGold(kGold000, "000.yaml", &doc);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  return {doc};
}

std::vector<Event> Events(const std::string& lines) {
  std::istringstream in(lines);
  std::vector<Event> events;
  Status status = ReadEventLines(in, "events.jsonl", &events);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  return events;
}

const TypeScore& Of(const ScoreReport& report, extract::EventType type) {
  return report.types.at(static_cast<size_t>(type));
}

TEST_CASE("Score: dedupe, article scope, ratios") {
  // The 金正恩 visit twice (one key), a 金永南 visit of the wrong month, a
  // visit in an article without gold, the same visit under another article.
  std::vector<Event> events = Events(
      R"({"type":"visit","doc":"000_c9d220f43a1d733f.txt","visitor":"金正恩","visitor_country":"KP","host":"VN","start":"2019-02-26","evidence":"a"})"
      "\n"
      R"({"type":"visit","doc":"000_c9d220f43a1d733f.txt","visitor":"金正恩","visitor_country":"KP","host":"VN","start":"2019-02-26","evidence":"b"})"
      "\n\n"
      R"({"type":"visit","doc":"000_c9d220f43a1d733f.txt","visitor":"金永南","visitor_country":"KP","host":"VN","start":"2012-09","evidence":"c"})"
      "\n"
      R"({"type":"visit","doc":"999_none.txt","visitor":"金永南","visitor_country":"KP","host":"VN","start":"2012-08","evidence":"d"})"
      "\n"
      R"({"type":"relations_established","doc":"000_c9d220f43a1d733f.txt","a":"KP","b":"VN","date":"1950-01-31","evidence":"e"})"
      "\n");
  ScoreReport report = Score(events, Gold000());
  CHECK(report.ignored_events == 1);

  const TypeScore& visit = Of(report, extract::EventType::kVisit);
  CHECK(visit.extracted == 2);
  CHECK(visit.gold == 3);
  CHECK(visit.matched_extracted == 1);
  CHECK(visit.matched_gold == 1);
  CHECK(visit.precision() == doctest::Approx(0.5));
  CHECK(visit.recall() == doctest::Approx(1.0 / 3));
  CHECK(visit.f1() == doctest::Approx(0.4));
  REQUIRE(visit.false_hits.size() == 1);
  CHECK(visit.false_hits[0].a.name == "金永南");
  REQUIRE(visit.misses.size() == 2);
  CHECK(visit.misses[0].start == "2001-07");

  // Country level: 金永南 2012-09 now matches the 2012-08 gold visit.
  CHECK(report.visit_country.matched_extracted == 2);
  CHECK(report.visit_country.matched_gold == 2);

  const TypeScore& relations = Of(report, extract::EventType::kRelationsEstablished);
  CHECK(relations.precision() == 1.0);
  CHECK(relations.recall() == 1.0);

  // No trade on either side: 1; nothing extracted against gold would be 0.
  CHECK(Of(report, extract::EventType::kTrade).f1() == 1.0);
}

TEST_CASE("Score: nothing extracted gives precision and recall 0") {
  ScoreReport report = Score({}, Gold000());
  const TypeScore& visit = Of(report, extract::EventType::kVisit);
  CHECK(visit.precision() == 0.0);
  CHECK(visit.recall() == 0.0);
  CHECK(visit.f1() == 0.0);
  CHECK(visit.misses.size() == 3);
}

TEST_CASE("Report: table and JSON") {
  std::vector<Event> events = Events(
      R"({"type":"visit","doc":"000_c9d220f43a1d733f","visitor":"金永南","visitor_country":"KP","host":"VN","start":"2012-09","evidence":"金永南于2012年9月访问越南"})"
      "\n");
  ScoreReport report = Score(events, Gold000());
  std::ostringstream table;
  WriteScoreTable(table, report, /*errors=*/true);
  const std::string text = table.str();
  CHECK(text.rfind("type                   extracted   gold  precision  recall     f1\n"
                   "visit                          1      3      0.000   0.000  0.000\n",
                   0) == 0);
  CHECK(text.find("visit (country level)          1      3      1.000   0.333  0.500\n") != std::string::npos);
  CHECK(text.find("    false hit  000_c9d220f43a1d733f  金永南 (KP) -> VN 2012-09  | 金永南于2012年9月访问越南\n") !=
        std::string::npos);
  CHECK(text.find("    miss       000_c9d220f43a1d733f.txt  VN-KP 1950-01-31  | 越南与朝鲜于1950年1月31日正式建立外交关系\n") !=
        std::string::npos);

  nlohmann::ordered_json json = ScoreToJson(report, /*errors=*/false);
  CHECK(json["types"].size() == 6);
  CHECK(json["types"][0]["type"] == "visit");
  CHECK(json["visit_country_level"]["matched_gold"] == 1);
  CHECK_FALSE(json["types"][0].contains("misses"));
  CHECK(ScoreToJson(report, true)["types"][0]["misses"].size() == 3);
}

TEST_CASE("KeyFields: the matched fields per type") {
  struct Row {
    const char* gold;
    const char* expected;
  };
  const Row rows[] = {
      {R"({type: visit, visitor: 金日成, visitor_country: KP, host: VN, start: "1964"})", "金日成 (KP) -> VN 1964"},
      {R"({type: trade, a: VN, b: KP, flow: bilateral, period: "2012", value_usd: 15000000})",
       "VN-KP bilateral 2012 15000000 USD"},
      {R"({type: agreement, parties: [KP, VN], name: 朝鲜-越南联合声明, date: "1958-12"})",
       "[KP,VN] 朝鲜-越南联合声明 1958-12"},
      {R"({type: meeting, a: 金正恩, a_country: KP, b: null, b_country: US, date: "2019-02"})",
       "金正恩 (KP) / - (US) 2019-02"},
      {R"({type: relations_established, a: VN, b: CN, date: null})", "VN-CN -"},
      {R"({type: aid, donor: VN, recipient: KP, what: 大米 100吨, period: "1995"})", "VN -> KP 1995 大米 100吨"},
  };
  for (const Row& row : rows) {
    const std::string label = row.gold;
    CAPTURE(label);
    CHECK(KeyFields(Gold(row.gold)) == row.expected);
  }
}

TEST_CASE("ParseGold and ReadEventLines: errors name the place") {
  struct Row {
    const char* name;
    const char* yaml;
    const char* expected;
  };
  const Row rows[] = {
      {"syntax error", "doc: d.txt\nrelations:\n  - {type: visit\n", "t.yaml:4:1: YAML error: end of map flow not found"},
      {"missing doc", "relations: []\n", "t.yaml:1:1: missing field 'doc'"},
      {"unknown type", "doc: d.txt\nrelations:\n  - type: vist\n    host: VN\n",
       "t.yaml:3:11: unknown relation type 'vist'"},
      {"parties not a list", "doc: d.txt\nrelations:\n  - {type: agreement, parties: VN, name: x}\n",
       "t.yaml:3:32: expected a list for 'parties'"},
      {"value not a number", "doc: d.txt\nrelations:\n  - {type: trade, a: VN, b: KP, value_usd: 1500万}\n",
       "t.yaml:3:44: expected a number for 'value_usd'"},
      {"relations not a list", "doc: d.txt\nrelations: {type: visit}\n",
       "t.yaml:2:12: expected a list for 'relations'"},
  };
  for (const Row& row : rows) {
    const std::string label = row.name;
    CAPTURE(label);
    GoldDoc doc;
    CHECK(ParseGold(row.yaml, "t.yaml", &doc).ToString() == row.expected);
  }

  std::vector<Event> events;
  std::istringstream bad_json("{\"type\":\"aid\",\"donor\":\"VN\"}\n{\"type\":\n");
  CHECK(ReadEventLines(bad_json, "e.jsonl", &events).ToString() == "e.jsonl:2: not valid JSON");
  std::istringstream bad_type("\n{\"type\":\"visti\"}\n");
  CHECK(ReadEventLines(bad_type, "e.jsonl", &events).ToString() == "e.jsonl:2: unknown event type 'visti'");
}

// Every gold file of tests/gold, turned into JSON Lines events as `bilat
// extract` writes them and read back, scores 1 against itself.
TEST_CASE("Score: the gold against itself is perfect") {
  std::vector<GoldDoc> gold;
  Status status = LoadGoldDir(testing::RepoPath("tests/gold"), &gold);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  REQUIRE(gold.size() >= 5);
  std::ostringstream lines;
  for (const GoldDoc& doc : gold)
    for (const Event& e : doc.relations) extract::WriteEventLine(lines, e);
  std::vector<Event> events = Events(lines.str());

  ScoreReport report = Score(events, gold);
  CHECK(report.ignored_events == 0);
  std::vector<const TypeScore*> all;
  for (const TypeScore& s : report.types) all.push_back(&s);
  all.push_back(&report.visit_country);
  for (const TypeScore* s : all) {
    CAPTURE(s->name);
    CHECK(s->gold > 0);
    CHECK(s->extracted == s->gold);
    CHECK(s->precision() == 1.0);
    CHECK(s->recall() == 1.0);
  }
}

TEST_CASE("LoadGoldDir: a missing folder is an error") {
  std::vector<GoldDoc> gold;
  Status status = LoadGoldDir(testing::RepoPath("tests/no-such-gold"), &gold);
  CHECK(status.code() == Status::Code::kIOError);
}

}  // namespace
}  // namespace bilat::score
