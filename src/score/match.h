// Match rules: when an extracted event and a gold relation of the same type
// are the same relation, per the "Scoring" table of shared/gold/SCHEMA.md.
// Pure functions over values; thread-safe. Used by scorer.h; exposed so that
// tests pin each rule.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/event.h"

namespace bilat::score {

// A person name with spaces (ASCII, no-break, ideographic) and the middle dot
// `·` (and its look-alikes ・ ‧ •) removed. "None" and "null" count as empty.
std::string NormalizePersonName(std::string_view name);
// An agreement name with 《》, spaces, hyphens and dashes (- ‐ ‑ ‒ – — ― － −)
// and `·` removed.
std::string NormalizeAgreementName(std::string_view name);

// Persons (visitor, meeting a/b): equal once normalized, or one contains the
// other. An empty (null) name matches only an empty name, never a name.
bool PersonsMatch(std::string_view extracted, std::string_view gold);
// Agreement names: equal once normalized, or one contains the other; an empty
// name matches only an empty name.
bool AgreementNamesMatch(std::string_view extracted, std::string_view gold);

// Dates of visits, meetings and agreements: any when `gold` is empty; else
// `extracted` begins with `gold` cut to year-month ("2013-12-12" -> "2013-12";
// "2019-02" and "2023" stay as they are).
bool DatesMatch(std::string_view extracted, std::string_view gold);

// Trade values: within 1% of the gold value; two missing values match.
bool ValuesMatch(const std::optional<double>& extracted, const std::optional<double>& gold);

// The article id both sides are compared under: the last path component
// without a ".txt" extension ("seeds/000_x.txt" and "000_x" are the same).
std::string DocId(std::string_view doc);

// REQUIRES: both of the same type. Does not look at `doc`.
bool Matches(const extract::Event& extracted, const extract::Event& gold);
// The country-level visit rule: same visitor country and host, and the
// extracted start in the gold start's year (any when the gold has no start).
// REQUIRES: both visits.
bool CountryLevelVisitMatches(const extract::Event& extracted, const extract::Event& gold);

}  // namespace bilat::score
