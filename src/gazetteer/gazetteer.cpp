#include "gazetteer/gazetteer.h"

#include "text/normalize.h"

namespace bilat::gazetteer {
namespace {

template <typename T>
const T* FindIn(const std::vector<T>& items, const IdIndex& index, std::string_view id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &items[it->second];
}

}  // namespace

const Country* Gazetteer::FindCountry(std::string_view id) const {
  return FindIn(countries_, country_index_, id);
}
const Person* Gazetteer::FindPerson(std::string_view id) const {
  return FindIn(people_, person_index_, id);
}
const Organization* Gazetteer::FindOrganization(std::string_view id) const {
  return FindIn(organizations_, org_index_, id);
}
const Office* Gazetteer::FindOffice(std::string_view id) const {
  return FindIn(offices_, office_index_, id);
}

const Country* Gazetteer::CountryForShortForm(std::string_view character) const {
  auto it = short_form_index_.find(character);
  return it == short_form_index_.end() ? nullptr : &countries_[it->second];
}

const std::vector<std::string>& Gazetteer::Triggers(std::string_view set) const {
  static const std::vector<std::string> kNone;
  auto it = triggers_.find(std::string(set));
  return it == triggers_.end() ? kNone : it->second;
}

std::vector<AliasRef> Gazetteer::Resolve(std::string_view name) const {
  int64_t key = matcher_.Lookup(text::NormalizeKey(name));
  if (key < 0) return {};
  std::span<const AliasRef> refs = Refs(static_cast<uint32_t>(key));
  return {refs.begin(), refs.end()};
}

}  // namespace bilat::gazetteer
