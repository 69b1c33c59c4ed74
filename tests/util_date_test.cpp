// Date::ToIso against the printf formats it stands for, over every field's
// edge values (padding, the 4- and 2-digit limits, out-of-range fields).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "util/date.h"

namespace bilat {
namespace {

std::string PrintfIso(const Date& d) {
  if (d.empty()) return "";
  char buf[16];
  if (d.month == 0) std::snprintf(buf, sizeof buf, "%04d", d.year);
  else if (d.day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

TEST_CASE("date: ToIso writes what printf's %04d-%02d-%02d writes") {
  for (int year : {0, 1, 9, 99, 999, 1000, 2024, 9999, 10000, 123456, -5})
    for (int month : {0, 1, 9, 10, 12, 99, 100, -1})
      for (int day : {0, 1, 9, 31, 99, 100, -1}) {
        Date d;
        d.year = year;
        d.month = month;
        d.day = day;
        CAPTURE(year);
        CAPTURE(month);
        CAPTURE(day);
        CHECK(d.ToIso() == PrintfIso(d));
      }
}

}  // namespace
}  // namespace bilat
