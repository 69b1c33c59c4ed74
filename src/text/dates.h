// Dates in normalized Chinese news text: absolute and partial dates
// (1950年1月31日, 2019年2月, 二〇一九年, 1960/12/2, 7日下午), ranges
// (10月30日至11月2日, 2000-2012年, 1930.2.3-2026.2.3), periods (今年前8月,
// 2025年前三个月, 上半年, 第一季度, 上世纪90年代) and relative words (去年,
// 上月, 昨天), each resolved against the date of the article or teaser that
// contains it. Pure functions; thread-safe.
//
// REQUIRES for every function: the text is normalized as by
// text::Normalize (ASCII digits, Simplified Chinese, lower-case Latin).
// Offsets are byte offsets into that text.
//
// Resolution rules:
//  - A written year is taken as is (1800..2100 only; 70周年, 1659亿 and
//    2000年历史 are not dates). Cyclical year names are skipped:
//    2026丙午年 is 2026; 乙巳年 alone is not a date.
//  - A date without a year (1月30日) takes the reference's year; a day alone
//    (7日下午) takes the reference's year and month. No year roll-over is
//    attempted (12月2日 read in a January article stays in that January's year).
//  - Relative words (今年, 去年, 上月, 昨天, 前三个月 ...) are computed from the
//    reference, to no more precision than the reference has.
//  - When the reference cannot supply what is missing (empty reference, or a
//    day alone against a reference without month), the span is still returned
//    with start.year == 0 and the fields the text gave kept (1月30日 → {0,1,30});
//    start.empty() is then true, ToIso() is "", and callers may fill the year
//    from elsewhere (say the latest year the item states).
//  - Anaphoric words that need the previous sentence (同期, 同年, 同月) are
//    returned with relative = true and an empty start.
//  - Impossible dates (2月30日, 13月, 2019/2/29) yield no span at all, and
//    none of their parts is reported on its own.
//  - Dates after 农历/阴历 are lunar and yield no span.
//  - "为期三天" (up to 90 bytes) after a day-precise start date, with no other
//    date between, sets end_date = start + 2 days; the span stays the date's.
//  - Time-of-day words (上午, 晚), 当地时间 and the prepositions 从/自/于 are
//    not part of a span.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.h"

namespace bilat::text {

// What year-less and relative expressions resolve against: the article's
// (or the teaser's) date, possibly partial ("2022-10", "2023").
struct DateContext {
  Date reference;                   // may be empty: nothing to resolve against
  bool reference_inferred = false;  // the reference is itself a guess
};

struct DateSpan {
  size_t begin = 0;  // byte span [begin, end) of the date as written
  size_t end = 0;
  Date start;        // cut to the precision the text gives
  Date end_date;     // empty unless the text gives a range or a period
  // The year (or more) was not written next to the date but came from the
  // context, or the context used was itself inferred.
  bool inferred = false;
  // Relative to the reference or to an earlier sentence: 去年, 今年前8月, 同期.
  bool relative = false;

  bool is_range() const { return !end_date.empty(); }
  // "2019-02", or "2022-10-30/2022-11-02" for a range; "" when start is empty.
  std::string ToIso() const;
};

// Every date expression of the text: leftmost first, non-overlapping, each
// as long as it can be (10月30日至11月2日 is one span, not two).
std::vector<DateSpan> FindDates(std::string_view normalized, const DateContext& context);
// The same into *out (replacing what it held), reusing its buffer.
void FindDates(std::string_view normalized, const DateContext& context, std::vector<DateSpan>* out);

// A stated duration in days: "为期三天", "为期3天", "为期两日" → 3 / 3 / 2.
struct DurationSpan {
  size_t begin = 0;
  size_t end = 0;
  int days = 0;
};
// The first "为期N天/日" of the text, if any (callers can apply one found in a
// following sentence to a start date with AddDays(start, days - 1)).
std::optional<DurationSpan> FindDuration(std::string_view normalized);

// The day `days` after (or before, if negative) a day-precise date; a date
// that is not day-precise is returned unchanged.
Date AddDays(const Date& date, int days);

}  // namespace bilat::text
