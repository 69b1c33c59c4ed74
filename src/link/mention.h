// Mention: a span of a sentence that names a country, a place standing for
// one, a person, an organization, a title, a pair of countries (越中) or the
// article's pair (两国). Offsets are into the sentence's normalized text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bilat::link {

struct Mention {
  enum class Kind { kCountry, kPlace, kPerson, kOrganization, kTitle, kPair, kPronoun };
  Kind kind = Kind::kCountry;
  size_t begin = 0;  // byte span in the normalized sentence
  size_t end = 0;

  // The country named, or the one the entity belongs to: a view of the
  // gazetteer (an id, or an entity's country), which outlives the analysis.
  std::string_view country;
  std::vector<std::string_view> pair;  // kPair, kPronoun: the countries meant (views as `country`)
  int person = -1;                // gazetteer person index, -1 if unlinked
  int organization = -1;          // gazetteer organization index
  int title = -1;                 // gazetteer title index (kTitle, and people's title)
  bool via_short_form = false;    // kCountry from a one-character form (访华, 中方)

  // People only. Views: of the article's text (name) and of the gazetteer
  // (office), which both outlive the analysis.
  std::string_view name;          // as written in the original text
  std::string_view office;        // from the title before the name, or the role held then
  size_t phrase_begin = 0;        // start of the title phrase before the name
  // 苏林 in "苏林总书记特使黎怀忠": a person naming whose envoy or aide the
  // next person is; not a participant of its own.
  bool attributive = false;

  bool is_person() const { return kind == Kind::kPerson; }
  bool is_country_like() const { return kind == Kind::kCountry || kind == Kind::kPair || kind == Kind::kPronoun; }
};

const char* MentionKindName(Mention::Kind kind);

}  // namespace bilat::link
