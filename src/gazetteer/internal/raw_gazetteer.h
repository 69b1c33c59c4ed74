// RawGazetteer: entries as read from YAML, before merging and validation.
// Internal to the gazetteer module; use gazetteer/loader.h.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "gazetteer/entity.h"
#include "gazetteer/loader.h"

namespace bilat::gazetteer::internal {

struct RawGazetteer {
  std::vector<Country> countries;  // generated and overlay entries, in file order
  std::vector<Person> people;
  std::vector<Organization> organizations;
  std::vector<Office> offices;
  std::vector<Title> titles;
  std::map<std::string, std::vector<std::string>> triggers;  // set name → words
};

// Parses one file's text into *raw; syntax and shape problems go to *problems.
void ReadYamlFile(const SourceFile& file, RawGazetteer* raw, std::vector<Problem>* problems);

// Merges, validates and compiles. Appends problems; returns false if any.
bool BuildGazetteer(RawGazetteer raw, Gazetteer* out, std::vector<Problem>* problems);

}  // namespace bilat::gazetteer::internal
