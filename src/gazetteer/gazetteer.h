// Gazetteer: the loaded entity model (countries, people, organizations,
// offices, titles) with lookups by id and the compiled alias matcher that
// entity linking runs over normalized text. Built by LoadGazetteer
// (gazetteer/loader.h); immutable afterwards, so share it freely across threads.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gazetteer/alias_matcher.h"
#include "gazetteer/entity.h"

namespace bilat::gazetteer {

// Hash for maps keyed by std::string that are looked up with string_view
// (no allocation per lookup).
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using IdIndex = std::unordered_map<std::string, uint32_t, StringViewHash, std::equal_to<>>;

// What an alias names. A key may name several things (a person's name that is
// also an organization's abbreviation, two people told apart by dates).
struct AliasRef {
  enum class Type : uint8_t { kCountry, kCapital, kPerson, kOrganization, kTitle };
  Type type;
  uint32_t index;  // into the vector of that type (capitals: countries)
};

class Gazetteer {
 public:
  const std::vector<Country>& countries() const { return countries_; }
  const std::vector<Person>& people() const { return people_; }
  const std::vector<Organization>& organizations() const { return organizations_; }
  const std::vector<Office>& offices() const { return offices_; }
  const std::vector<Title>& titles() const { return titles_; }

  // nullptr when unknown.
  const Country* FindCountry(std::string_view id) const;
  const Person* FindPerson(std::string_view id) const;
  const Organization* FindOrganization(std::string_view id) const;
  const Office* FindOffice(std::string_view id) const;

  // The country whose one-character form is `character` (越 → VN), or nullptr.
  const Country* CountryForShortForm(std::string_view character) const;

  // A named set of trigger words from gazetteer/triggers/ (empty if absent).
  const std::vector<std::string>& Triggers(std::string_view set) const;
  const std::map<std::string, std::vector<std::string>>& trigger_sets() const { return triggers_; }

  const AliasMatcher& matcher() const { return matcher_; }
  std::span<const AliasRef> Refs(uint32_t key) const {
    return {refs_.data() + ref_begin_[key], refs_.data() + ref_begin_[key + 1]};
  }
  // Everything whose alias is exactly `name` once normalized (any language).
  std::vector<AliasRef> Resolve(std::string_view name) const;

 private:
  friend class GazetteerBuilder;

  std::vector<Country> countries_;
  std::vector<Person> people_;
  std::vector<Organization> organizations_;
  std::vector<Office> offices_;
  std::vector<Title> titles_;
  std::map<std::string, std::vector<std::string>> triggers_;
  IdIndex country_index_, person_index_, org_index_, office_index_;
  IdIndex short_form_index_;  // normalized char → country
  AliasMatcher matcher_;
  // What each matcher key names: refs_[ref_begin_[key], ref_begin_[key + 1]),
  // in one array, so that a linked alias costs one cache line, not two.
  std::vector<uint32_t> ref_begin_ = {0};
  std::vector<AliasRef> refs_;
};

}  // namespace bilat::gazetteer
