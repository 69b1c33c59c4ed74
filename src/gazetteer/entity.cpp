#include "gazetteer/entity.h"

namespace bilat::gazetteer {

const char* KindName(Kind kind) {
  switch (kind) {
    case Kind::kCountry: return "country";
    case Kind::kPerson: return "person";
    case Kind::kOrganization: return "organization";
  }
  return "?";
}

std::string SourcePos::ToString() const {
  if (line == 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

const std::string& Names::Display() const {
  for (const auto* list : {&zh_hans, &zh_hant, &en, &vi})
    if (!list->empty()) return list->front();
  static const std::string kNone;
  return kNone;
}

std::vector<std::string> Names::All() const {
  std::vector<std::string> all;
  for (const auto* list : {&zh_hans, &zh_hant, &en, &vi}) all.insert(all.end(), list->begin(), list->end());
  return all;
}

bool Role::HeldOn(const Date& date) const {
  if (date.empty()) return true;
  if (!start.empty() && date.LastDay() < start.FirstDay()) return false;
  if (!end.empty() && date.FirstDay() > end.LastDay()) return false;
  return true;
}

}  // namespace bilat::gazetteer
