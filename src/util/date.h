// Date: a calendar date known to year, month or day precision ("2019",
// "2019-02", "2019-02-28"), as news and the gazetteer give them. Month and day
// are 0 when unknown. A default Date is "no date". Values; thread-safe.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace bilat {

struct Date {
  int year = 0;   // 0: no date at all
  int month = 0;  // 1-12, 0: unknown
  int day = 0;    // 1-31, 0: unknown

  bool empty() const { return year == 0; }
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when empty.
  std::string ToIso() const;
  // Parses the three ISO forms above; nullopt on anything else, including
  // impossible dates such as 2019-02-30 or 2019-13.
  static std::optional<Date> ParseIso(std::string_view text);
  // A sortable day number for the first (resp. last) day this date can mean.
  int FirstDay() const;
  int LastDay() const;
  // True when the two dates can denote a common day.
  bool Overlaps(const Date& other) const;

  auto operator<=>(const Date&) const = default;
};

// Days in a month of a year (Gregorian).
int DaysInMonth(int year, int month);

}  // namespace bilat
