// The gazetteer loader's validation: each broken input pins its exact message.
#include <doctest/doctest.h>

#include "gazetteer/loader.h"

namespace bilat::gazetteer {
namespace {

// A small valid gazetteer; cases append a file with one defect.
const char* kBase = R"(countries:
  - id: VN
    names: {zh-Hans: [越南], en: [Vietnam]}
    short: [越]
  - id: KP
    names: {zh-Hans: [朝鲜]}
offices:
  - {id: head_of_state}
  - {id: party_leader}
organizations:
  - {id: CPV, kind: party, country: VN, names: {zh-Hans: [越南共产党, 越共]}}
)";

struct Case {
  const char* name;
  const char* yaml;
  const char* expected;  // the first problem, exactly
};

const Case kCases[] = {
    {"syntax error", "people:\n  - {id: vn.a\n - x", "t.yaml:3:1: YAML syntax error: end of map flow not found"},
    {"unknown top-level key", "persons: []", "t.yaml:1:1: unknown key 'persons' in the file"},
    {"unknown field", "people:\n  - {id: vn.a, names: {zh-Hans: [甲]}, country: VN, born: 1950}",
     "t.yaml:2:54: unknown key 'born' in person"},
    {"unknown language", "people:\n  - {id: vn.a, names: {fr: [A]}, country: VN}",
     "t.yaml:2:24: unknown key 'fr' in names"},
    {"missing field", "people:\n  - {id: vn.a, country: VN}", "t.yaml:2:5: missing field 'names' in person"},
    {"duplicate key", "people:\n  - {id: vn.a, id: vn.b, names: {zh-Hans: [甲]}, country: VN}",
     "t.yaml:2:16: duplicate key 'id'"},
    {"malformed date",
     "people:\n  - id: vn.a\n    names: {zh-Hans: [甲]}\n    country: VN\n    roles:\n      - {office: head_of_state, country: VN, start: 2019-13}",
     "t.yaml:6:53: malformed date '2019-13' (want YYYY, YYYY-MM or YYYY-MM-DD)"},
    {"impossible day",
     "people:\n  - id: vn.a\n    names: {zh-Hans: [甲]}\n    country: VN\n    roles:\n      - {office: head_of_state, country: VN, start: 2019-02-30}",
     "t.yaml:6:53: malformed date '2019-02-30' (want YYYY, YYYY-MM or YYYY-MM-DD)"},
    {"end before start",
     "people:\n  - id: vn.a\n    names: {zh-Hans: [甲]}\n    country: VN\n    roles:\n      - {office: head_of_state, country: VN, start: 2012, end: 2010}",
     "t.yaml:6:9: role ends (2010) before it starts (2012)"},
    {"unknown country code", "people:\n  - {id: vn.a, names: {zh-Hans: [甲]}, country: XX}",
     "t.yaml:2:5: unknown country code 'XX'"},
    {"unknown role country",
     "people:\n  - id: vn.a\n    names: {zh-Hans: [甲]}\n    country: VN\n    roles:\n      - {office: head_of_state, country: ZZ}",
     "t.yaml:6:9: unknown country code 'ZZ'"},
    {"unknown office",
     "people:\n  - id: vn.a\n    names: {zh-Hans: [甲]}\n    country: VN\n    roles:\n      - {office: presdent, country: VN}",
     "t.yaml:6:9: unknown office 'presdent'"},
    {"unknown org in role",
     "people:\n  - id: vn.a\n    names: {zh-Hans: [甲]}\n    country: VN\n    roles:\n      - {office: party_leader, country: VN, org: CPX}",
     "t.yaml:6:9: unknown organization 'CPX'"},
    {"duplicate id",
     "people:\n  - {id: vn.a, names: {zh-Hans: [甲]}, country: VN}\n  - {id: vn.a, names: {zh-Hans: [乙]}, country: VN}",
     "t.yaml:3:5: duplicate id 'vn.a' (first at t.yaml:2:5)"},
    {"malformed person id", "people:\n  - {id: To Lam, names: {zh-Hans: [苏林]}, country: VN}",
     "t.yaml:2:5: malformed person id 'To Lam'"},
    {"overlapping terms",
     "people:\n  - id: vn.a\n    names: {zh-Hans: [甲]}\n    country: VN\n    roles:\n"
     "      - {office: head_of_state, country: VN, start: 2001, end: 2011}\n"
     "      - {office: head_of_state, country: VN, start: 2006}",
     "t.yaml:7:9: overlapping terms in office 'head_of_state' of VN (also at t.yaml:6:9)"},
    {"alias clash between people with overlapping roles",
     "people:\n"
     "  - {id: vn.a, names: {zh-Hans: [阮文甲]}, country: VN, roles: [{office: head_of_state, country: VN, start: 2001, end: 2011}]}\n"
     "  - {id: vn.b, names: {zh-Hans: [阮文甲]}, country: VN, roles: [{office: party_leader, country: VN, start: 2005}]}",
     "t.yaml:3:5: alias '阮文甲' claimed by vn.a and vn.b"},
    {"alias clash between countries", "countries:\n  - {id: KR, names: {zh-Hans: [朝鲜]}}",
     "t.yaml:2:5: alias '朝鲜' claimed by KP and KR"},
    {"short form clash", "countries:\n  - {id: KR, names: {zh-Hans: [韩国]}, short: [越]}",
     "t.yaml:2:5: short form '越' claimed by VN and KR"},
    {"unknown org kind", "organizations:\n  - {id: X, kind: club, names: {zh-Hans: [某俱乐部]}}",
     "t.yaml:2:5: unknown organization kind 'club' (want party, international, ministry or other)"},
    {"title with unknown office", "titles:\n  - {title: 国家主席, offices: [head_of_stat]}",
     "t.yaml:2:5: unknown office 'head_of_stat'"},
    {"list expected", "people: {id: vn.a}", "t.yaml:1:9: expected a list of people"},
};

TEST_CASE("gazetteer loader: each defect is reported with file:line:col") {
  for (const Case& c : kCases) {
    CAPTURE(c.name);
    Gazetteer g;
    std::vector<Problem> problems;
    Status status = LoadGazetteerFromMemory({{"base.yaml", kBase}, {"t.yaml", c.yaml}}, &g, &problems);
    CHECK_FALSE(status.ok());
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().ToString() == std::string(c.expected));
  }
}

TEST_CASE("gazetteer loader: people told apart by dates may share an alias") {
  const char* yaml =
      "people:\n"
      "  - {id: vn.a, names: {zh-Hans: [阮文甲]}, country: VN, roles: [{office: head_of_state, country: VN, start: 1990, end: 1995}]}\n"
      "  - {id: vn.b, names: {zh-Hans: [阮文甲]}, country: VN, roles: [{office: head_of_state, country: VN, start: 2010}]}\n";
  Gazetteer g;
  std::vector<Problem> problems;
  Status status = LoadGazetteerFromMemory({{"base.yaml", kBase}, {"t.yaml", yaml}}, &g, &problems);
  CHECK(status.ok());
  CHECK(problems.empty());
  CHECK(g.Resolve("阮文甲").size() == 2);
}

TEST_CASE("gazetteer loader: the overlay merges into generated countries") {
  const char* overlay = "countries:\n  - {id: VN, names: {zh-Hans: [越南社会主义共和国]}, capitals: [河内]}\n";
  Gazetteer g;
  std::vector<Problem> problems;
  REQUIRE(LoadGazetteerFromMemory({{"base.yaml", kBase}, {"o.yaml", overlay}}, &g, &problems).ok());
  const Country* vn = g.FindCountry("VN");
  REQUIRE(vn != nullptr);
  CHECK(vn->names.zh_hans == std::vector<std::string>{"越南", "越南社会主义共和国"});
  CHECK(vn->capitals == std::vector<std::string>{"河内"});
  CHECK(g.countries().size() == 2);
  CHECK(g.CountryForShortForm("越") == vn);
  CHECK(g.Resolve("越南社會主義共和國").size() == 1);  // Traditional folds to Simplified
  CHECK(g.Resolve("vietnam").size() == 1);              // Latin is case-insensitive
}

TEST_CASE("gazetteer loader: a missing folder is NotFound") {
  Gazetteer g;
  std::vector<Problem> problems;
  Status status = LoadGazetteer("/nonexistent/gazetteer", &g, &problems);
  CHECK(status.code() == Status::Code::kNotFound);
  CHECK(status.ToString() == "/nonexistent/gazetteer: no gazetteer folder here");
}

}  // namespace
}  // namespace bilat::gazetteer
