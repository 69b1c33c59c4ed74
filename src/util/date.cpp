#include "util/date.h"

#include <charconv>
#include <cstdio>

namespace bilat {
namespace {

bool ParseInt(std::string_view text, int* out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

int DayNumber(int year, int month, int day) { return year * 372 + (month - 1) * 31 + (day - 1); }

// Appends v zero-padded to `width` digits, as printf's %0<width>d does.
// REQUIRES: 0 <= v < 10^width.
void AppendPadded(std::string* out, int v, int width) {
  char digits[8];
  for (int i = width - 1; i >= 0; --i, v /= 10) digits[i] = static_cast<char>('0' + v % 10);
  out->append(digits, static_cast<size_t>(width));
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Date::ToIso() const {
  if (empty()) return "";
  if (year > 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    std::string iso;  // short enough to stay in the string's own buffer
    AppendPadded(&iso, year, 4);
    if (month == 0) return iso;
    iso += '-';
    AppendPadded(&iso, month, 2);
    if (day == 0) return iso;
    iso += '-';
    AppendPadded(&iso, day, 2);
    return iso;
  }
  char buf[16];  // out-of-range fields, as printf writes them
  if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::ParseIso(std::string_view text) {
  Date d;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!ParseInt(text.substr(0, 4), &d.year) || d.year < 1) return std::nullopt;
  if (text.size() >= 7) {
    if (text[4] != '-' || !ParseInt(text.substr(5, 2), &d.month)) return std::nullopt;
    if (d.month < 1 || d.month > 12) return std::nullopt;
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !ParseInt(text.substr(8, 2), &d.day)) return std::nullopt;
    if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  }
  return d;
}

int Date::FirstDay() const {
  return DayNumber(year, month ? month : 1, day ? day : 1);
}

int Date::LastDay() const {
  int m = month ? month : 12;
  return DayNumber(year, m, day ? day : DaysInMonth(year, m));
}

bool Date::Overlaps(const Date& other) const {
  if (empty() || other.empty()) return true;
  return FirstDay() <= other.LastDay() && other.FirstDay() <= LastDay();
}

}  // namespace bilat
