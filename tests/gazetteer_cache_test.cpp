// The binary cache of a validated gazetteer: a round trip keeps every field,
// corrupt or foreign bytes are refused, and any edit changes the hash.
#include <doctest/doctest.h>

#include "gazetteer/internal/raw_cache.h"

namespace bilat::gazetteer::internal {
namespace {

RawGazetteer Sample() {
  RawGazetteer raw;
  Country vn;
  vn.id = "VN";
  vn.names.zh_hans = {"越南"};
  vn.names.vi = {"Việt Nam"};
  vn.short_forms = {"越"};
  vn.capitals = {"河内"};
  vn.pos = {"countries.yaml", 3, 5};
  raw.countries.push_back(vn);
  Person p;
  p.id = "vn.to-lam";
  p.names.zh_hans = {"苏林"};
  p.names.en = {"To Lam"};
  p.country = "VN";
  Role r;
  r.office = "party_leader";
  r.country = "VN";
  r.org = "CPV";
  r.title = "总书记";
  r.start = Date{2024, 8, 3};
  p.roles.push_back(r);
  raw.people.push_back(p);
  raw.organizations.push_back({"CPV", "party", "VN", {{"越南共产党"}, {}, {}, {}}, {}});
  raw.offices.push_back({"party_leader", {}, {}});
  raw.titles.push_back({"总书记", {"party_leader"}, "", {}});
  raw.triggers["meeting_verbs"] = {"会见", "会晤"};
  return raw;
}

TEST_CASE("gazetteer cache: round trip keeps every field") {
  RawGazetteer back;
  REQUIRE(DeserializeRaw(SerializeRaw(Sample()), &back));
  CHECK(SerializeRaw(back) == SerializeRaw(Sample()));
  CHECK(back.people[0].roles[0].start == Date{2024, 8, 3});
  CHECK(back.people[0].roles[0].title == "总书记");
  CHECK(back.countries[0].pos.line == 3);
  CHECK(back.triggers["meeting_verbs"] == std::vector<std::string>{"会见", "会晤"});
}

TEST_CASE("gazetteer cache: corrupt, truncated or foreign bytes are refused") {
  std::string bytes = SerializeRaw(Sample());
  RawGazetteer out;
  const std::string cases[] = {"", "not a cache", bytes.substr(0, bytes.size() / 2), bytes + "x",
                               std::string("BLTGZ000") + bytes.substr(8)};
  for (const std::string& c : cases) {
    CAPTURE(c.size());
    CHECK_FALSE(DeserializeRaw(c, &out));
  }
}

TEST_CASE("gazetteer cache: the hash changes with any name or byte") {
  std::vector<SourceFile> a = {{"g/a.yaml", "countries: []"}};
  std::vector<SourceFile> b = {{"g/a.yaml", "countries: [ ]"}};
  std::vector<SourceFile> c = {{"g/b.yaml", "countries: []"}};
  CHECK(HashSources(a) != HashSources(b));
  CHECK(HashSources(a) != HashSources(c));
  CHECK(HashSources(a) == HashSources(a));
}

}  // namespace
}  // namespace bilat::gazetteer::internal
