// Gold relations: the hand annotations of one article each (tests/gold/*.yaml,
// schema in shared/gold/SCHEMA.md), read into extract::Event values so that
// the scorer compares like with like. The field mapping is the one of
// extract/event_json.cpp: visitor -> a (visitor_country -> a.country),
// host -> place; trade, relations_established a/b -> a.country/b.country;
// meeting a/b -> a.name/b.name (a_country/b_country -> .country);
// aid donor/recipient -> a.country/b.country, what -> name. A null value
// (`b: null`) becomes "". Comments and keys the scorer does not use
// (end, status, date_inferred, ...) are read where Event has a field and
// otherwise ignored. The only code of score/ that calls yaml-cpp.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event.h"
#include "util/status.h"

namespace bilat::score {

struct GoldDoc {
  std::string doc;        // the article's file name, e.g. 000_c9d220f43a1d733f.txt
  std::string published;  // as written; "" when null
  std::vector<extract::Event> relations;  // in file order; evidence rule "gold"
};

// Parses the text of one gold file. `name` is the display name used in errors,
// which read "name:line:col: message" (syntax errors, a missing `doc`, an
// unknown relation type, a field of the wrong shape).
Status ParseGold(std::string_view text, const std::string& name, GoldDoc* out);

// Reads every *.yaml file of `dir` (not recursive) in byte order of names.
// Stops at the first file that cannot be read or parsed.
Status LoadGoldDir(const std::filesystem::path& dir, std::vector<GoldDoc>* out);

}  // namespace bilat::score
