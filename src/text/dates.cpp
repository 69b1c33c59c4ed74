// How FindDates works. One pass over the bytes; at a character that may
// begin a date (kDateStarts: a digit, a Chinese numeral, or the first
// character of a word such as 今年 or 同期), every reader tries its form:
//   ReadNumericDate  1960/12/2, 1930.2.3-2026.2.3
//   ReadDate         a point (ReadPoint: year, month, day, relative words,
//                    periods, bare ranges like 1-8月) and an optional range
//                    after a connector (至, 到, -, –, —, ~) or 至今
//   ReadDecade       上世纪90年代, 1990年代
//   ReadAnaphoric    同期, 同年 ...
// The longest match wins. A match records what the text wrote (Raw: written
// fields and relative offsets); Resolve then fills the rest from the
// DateContext and validates the day, and ToSpan builds the DateSpan.
#include "text/dates.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/numbers.h"
#include "text/internal/bytes.h"
#include "text/utf8.h"

namespace bilat::text {
namespace {

// ---------------------------------------------------------------------------
// Byte-level helpers.

using internal::At;
using internal::CharIn;
using internal::IsAsciiLetter;
using internal::IsDigit;
using internal::IsDigitAt;
using internal::NextChar;
using internal::SkipToCharIn;

size_t SkipSpaces(std::string_view s, size_t p) {
  while (p < s.size() && s[p] == ' ') ++p;
  return p;
}

// The literal of `words` found at p, or "".
template <size_t N>
std::string_view WordAt(std::string_view s, size_t p, const std::array<std::string_view, N>& words) {
  for (auto w : words)
    if (At(s, p, w)) return w;
  return {};
}

// The UTF-8 character ending at p ("" at the start).
std::string_view PrevChar(std::string_view s, size_t p) {
  if (p == 0) return {};
  size_t q = p - 1;
  while (q > 0 && (static_cast<unsigned char>(s[q]) & 0xC0) == 0x80) --q;
  return s.substr(q, p - q);
}

// The three bytes of a CJK character as one integer, so that hot per-
// character tests are integer switches instead of string compares.
constexpr uint32_t Key(std::string_view c) {
  return c.size() != 3 ? 0
                       : static_cast<uint32_t>(static_cast<unsigned char>(c[0])) << 16 |
                             static_cast<uint32_t>(static_cast<unsigned char>(c[1])) << 8 |
                             static_cast<unsigned char>(c[2]);
}
uint32_t KeyAt(std::string_view s, size_t p) {
  if (p + 3 > s.size() || (static_cast<unsigned char>(s[p]) & 0xF0) != 0xE0) return 0;
  return Key(s.substr(p, 3));
}

bool IsCnNumeralKey(uint32_t key) {
  switch (key) {
    case Key("〇"): case Key("零"): case Key("一"): case Key("二"): case Key("两"):
    case Key("三"): case Key("四"): case Key("五"): case Key("六"): case Key("七"):
    case Key("八"): case Key("九"): case Key("十"): case Key("百"): case Key("千"):
    case Key("万"): case Key("亿"):
      return true;
    default:
      return false;
  }
}
bool IsCnNumeralChar(std::string_view c) { return IsCnNumeralKey(Key(c)); }

// Range connectors: 10月30日至11月2日, 2000-2012年, 2021–2025年, 2026—2031年.
constexpr std::array<std::string_view, 8> kConnectors = {"至", "到", "-", "–", "—", "~", "〜", "－"};
size_t SkipConnector(std::string_view s, size_t p) {
  size_t q = SkipSpaces(s, p);
  std::string_view c = WordAt(s, q, kConnectors);
  if (c.empty()) return p;
  q += c.size();
  if (c == "—" && At(s, q, "—")) q += c.size();  // ——
  return SkipSpaces(s, q);
}

// ---------------------------------------------------------------------------
// What the text writes about one end of a span, before resolution.

constexpr int kNone = -1000;  // no offset

enum class Field { kNone, kYear, kMonth, kDay };

struct Raw {
  int year = 0, month = 0, day = 0;  // as written; 0 = not written
  int year_offset = kNone;           // 今年 0, 去年 -1, 明年 +1 ...
  int month_offset = kNone;          // 本月 0, 上月 -1 ...
  int day_offset = kNone;            // 今天 0, 昨天 -1 ...
  bool anaphoric = false;            // 同期, 同年: refers to an earlier sentence

  bool HasYear() const { return year || year_offset != kNone; }
  bool HasMonth() const { return month || month_offset != kNone; }
  bool HasDay() const { return day || day_offset != kNone; }
  Field Top() const {
    return HasYear() ? Field::kYear : HasMonth() ? Field::kMonth : HasDay() ? Field::kDay : Field::kNone;
  }
  Field Precision() const {
    return HasDay() ? Field::kDay : HasMonth() ? Field::kMonth : HasYear() ? Field::kYear : Field::kNone;
  }
};

// A parsed expression: [begin, end) with one or two ends.
struct Match {
  size_t end = 0;
  Raw start;
  Raw stop;
  bool range = false;
  bool to_now = false;   // 2000年至今: stop is the reference
  bool stop_year_inherited = false;  // 10月30日至11月2日: the stop's year is the start's
  bool invalid = false;  // well-formed but impossible (2月30日): no span
};

bool Longer(const std::optional<Match>& a, const std::optional<Match>& b) {
  return a && (!b || a->end > b->end);
}

// ---------------------------------------------------------------------------
// Components: numbers with their unit character.

constexpr NumeralOptions kDateNumerals{.separators = false, .decimals = false, .chinese = true,
                                       .large_units = false};

// May a date numeral start at p? Not inside a number or a Latin word, not
// after '/', '.' (119/2026/..., 1.2019), 第 or another Chinese numeral.
bool NumeralMayStartAt(std::string_view s, size_t p) {
  std::string_view prev = PrevChar(s, p);
  if (prev.empty()) return true;
  if (prev.size() == 1) {
    char c = prev[0];
    return !(IsDigit(c) || IsAsciiLetter(c) || c == '.' || c == '/' || c == '_' ||
             (c == ',' && p >= 2 && IsDigit(s[p - 2])));
  }
  return prev != "第" && !IsCnNumeralChar(prev);
}

struct Component {
  size_t end = 0;
  int value = 0;
  bool has_unit = false;  // 年/月/日 written (else a bare number before a connector)
  bool chinese = false;
};

// A small number for a month or day: 1-2 Arabic digits, or a Chinese numeral
// with units (十二, 二十一, 三十一).
std::optional<Numeral> ReadSmall(std::string_view s, size_t p) {
  auto n = ReadNumeral(s, p, kDateNumerals);
  if (!n || n->positional || n->value > 99) return std::nullopt;
  if (!n->chinese && n->digits > 2) return std::nullopt;
  return n;
}

// A number followed by `unit` (月, 日): "8月", "十二月", "2 月". With
// allow_bare, a number followed by a range connector also counts (the "1" of
// 1-8月), with has_unit = false.
std::optional<Component> ReadComponent(std::string_view s, size_t p,
                                       std::initializer_list<std::string_view> units,
                                       bool allow_bare) {
  auto n = ReadSmall(s, p);
  if (!n) return std::nullopt;
  Component c{n->end, static_cast<int>(n->value), false, n->chinese};
  size_t q = SkipSpaces(s, n->end);
  for (auto unit : units) {
    if (At(s, q, unit)) {
      c.end = q + unit.size();
      c.has_unit = true;
      return c;
    }
  }
  if (allow_bare && SkipConnector(s, n->end) != n->end) return c;
  return std::nullopt;
}

constexpr std::array<std::string_view, 10> kStems = {"甲", "乙", "丙", "丁", "戊",
                                                     "己", "庚", "辛", "壬", "癸"};
constexpr std::array<std::string_view, 12> kBranches = {"子", "丑", "寅", "卯", "辰", "巳",
                                                        "午", "未", "申", "酉", "戌", "亥"};
// A cyclical year name (丙午) at p: its end, or p.
size_t SkipCyclicalName(std::string_view s, size_t p) {
  std::string_view stem = WordAt(s, p, kStems);
  if (stem.empty()) return p;
  std::string_view branch = WordAt(s, p + stem.size(), kBranches);
  return branch.empty() ? p : p + stem.size() + branch.size();
}

// Words after "YYYY年" that make it a duration, not a date (2000年历史).
constexpr std::array<std::string_view, 5> kAfterDuration = {"来", "历史", "之久", "多", "代"};

// A written year: "1950年", "二〇一九年", "2026丙午年", "2030 年"; with
// allow_bare, also "2000" before a connector (2000-2012年).
std::optional<Component> ReadYear(std::string_view s, size_t p, bool allow_bare) {
  auto n = ReadNumeral(s, p, kDateNumerals);
  if (!n || n->digits != 4 || (n->chinese && !n->positional)) return std::nullopt;
  if (IsDigitAt(s, n->end)) return std::nullopt;
  Component c{n->end, static_cast<int>(n->value), false, n->chinese};
  if (c.value < 1800 || c.value > 2100) return std::nullopt;
  size_t q = SkipCyclicalName(s, SkipSpaces(s, n->end));
  if (At(s, q, "年")) {
    if (!WordAt(s, q + 3, kAfterDuration).empty()) return std::nullopt;
    c.end = q + 3;
    c.has_unit = true;
    return c;
  }
  if (allow_bare && !n->chinese && SkipConnector(s, n->end) != n->end) return c;
  return std::nullopt;
}

struct Word {
  std::string_view text;
  int offset;
};
constexpr Word kRelativeYears[] = {{"今年", 0}, {"本年", 0},  {"去年", -1}, {"上年", -1},
                                   {"前年", -2}, {"明年", 1}, {"后年", 2}};
constexpr Word kRelativeMonths[] = {{"本月", 0}, {"上个月", -1}, {"上月", -1},
                                    {"下个月", 1}, {"下月", 1}};
constexpr Word kRelativeDays[] = {{"今天", 0}, {"昨天", -1}, {"昨日", -1}, {"前天", -2},
                                  {"明天", 1}};
constexpr std::array<std::string_view, 9> kAnaphoric = {"同期", "同年", "同月", "同日", "当天",
                                                        "当日", "次年", "翌年", "当月"};

template <size_t N>
const Word* RelativeAt(std::string_view s, size_t p, const Word (&words)[N]) {
  for (const auto& w : words)
    if (At(s, p, w.text)) return &w;
  return nullptr;
}

// ---------------------------------------------------------------------------
// Periods inside a year: 前8月, 前三个月, 头两个月, 上半年, 第一季度.

struct Period {
  size_t end = 0;
  int first_month = 0, last_month = 0;
};

std::optional<Period> ReadPeriod(std::string_view s, size_t p) {
  if (At(s, p, "上半年")) return Period{p + 9, 1, 6};
  if (At(s, p, "下半年")) return Period{p + 9, 7, 12};
  if (At(s, p, "前") || At(s, p, "头")) {  // 前8月, 前三个月, 头两个月
    auto n = ReadSmall(s, p + 3);
    if (!n || n->value < 1 || n->value > 12) return std::nullopt;
    size_t q = SkipSpaces(s, n->end);
    if (At(s, q, "个月")) return Period{q + 6, 1, static_cast<int>(n->value)};
    if (At(s, q, "月") && !At(s, p, "头")) return Period{q + 3, 1, static_cast<int>(n->value)};
    return std::nullopt;
  }
  size_t q = At(s, p, "第") ? p + 3 : p;  // 第一季度, 一季度, 第3季度
  auto n = ReadSmall(s, q);
  if (!n || n->value < 1 || n->value > 4) return std::nullopt;
  size_t u = SkipSpaces(s, n->end);
  if (!At(s, u, "季度")) return std::nullopt;
  int quarter = static_cast<int>(n->value);
  return Period{u + 6, quarter * 3 - 2, quarter * 3};
}

// ---------------------------------------------------------------------------
// Points: one date, possibly partial, possibly with a bare range inside
// (1-8月, 5月5-12日, 2000-2012年).

bool ValidMonthDay(int year, int month, int day) {
  if (month < 1 || month > 12) return false;
  if (day == 0) return true;
  return day >= 1 && day <= DaysInMonth(year ? year : 2000, month);  // 2000: leap
}

// Time-of-day words that confirm a day written alone (7日下午).
constexpr std::array<std::string_view, 8> kTimeOfDay = {"上午", "下午", "中午", "晚上",
                                                       "晚",   "早",   "凌晨", "夜"};
// A day alone is a count, not a date, after these (为期三日, 每日, 近5日) ...
constexpr std::array<std::string_view, 14> kBeforeDayCount = {
    "期", "续", "近", "每", "数", "逾", "达", "共", "仅", "时", "几", "余", "约", "个"};
// ... or before these (5日内, 3日后, 10日以来, 7日游) or when it is 日本.
constexpr std::array<std::string_view, 8> kAfterDayCount = {"内", "后", "前", "以", "之",
                                                           "间", "游", "本"};

// A day written without month: "7日下午", "12日". Guards against durations.
std::optional<Component> ReadLoneDay(std::string_view s, size_t p) {
  auto day = ReadComponent(s, p, {"日"}, /*allow_bare=*/true);
  if (!day) return std::nullopt;
  std::string_view prev = PrevChar(s, p);
  if (!prev.empty() && !WordAt(s, p - prev.size(), kBeforeDayCount).empty()) return std::nullopt;
  if (!day->has_unit) return day;  // bare: only as the start of 5-7日
  if (!WordAt(s, day->end, kAfterDayCount).empty()) return std::nullopt;
  if (day->chinese && WordAt(s, day->end, kTimeOfDay).empty()) return std::nullopt;
  return day;
}

// Completes `m` (whose last written field is `field`, number at `p`) with a
// bare range such as 1-8月: if the component at p is bare, a connector and
// a component with its unit must follow.
bool FinishBare(std::string_view s, const Component& bare,
                std::initializer_list<std::string_view> units, Field field, Match* m) {
  size_t q = SkipConnector(s, bare.end);
  if (q == bare.end) return false;
  std::optional<Component> high = field == Field::kYear ? ReadYear(s, q, false)
                                                        : ReadComponent(s, q, units, false);
  if (!high || !high->has_unit) return false;
  m->range = true;
  m->stop = m->start;
  if (field == Field::kYear) m->stop.year = high->value;
  if (field == Field::kMonth) m->stop.month = high->value;
  if (field == Field::kDay) m->stop.day = high->value;
  m->end = high->end;
  return true;
}

// Month and optional day after position p (a year, if any, already in m).
// Returns false when no month starts at p.
bool ReadMonthDay(std::string_view s, size_t p, Match* m) {
  auto month = ReadComponent(s, p, {"月份", "月"}, /*allow_bare=*/true);
  if (!month) return false;
  m->start.month = month->value;
  if (!month->has_unit) return FinishBare(s, *month, {"月份", "月"}, Field::kMonth, m);
  m->end = month->end;
  if (month->value < 1 || month->value > 12) m->invalid = true;
  auto day = ReadComponent(s, SkipSpaces(s, month->end), {"日", "号"}, /*allow_bare=*/true);
  if (!day) return true;
  m->start.day = day->value;
  if (!day->has_unit) {
    if (!FinishBare(s, *day, {"日", "号"}, Field::kDay, m)) m->start.day = 0;
    return true;
  }
  m->end = day->end;
  if (day->value < 1 || day->value > 31) m->invalid = true;
  return true;
}

// The start of a date expression at p, before any "至..." range.
std::optional<Match> ReadPoint(std::string_view s, size_t p, bool range_end) {
  Match m;
  size_t q = p;
  if (auto year = ReadYear(s, p, /*allow_bare=*/!range_end)) {
    m.start.year = year->value;
    if (!year->has_unit) {
      if (!FinishBare(s, *year, {}, Field::kYear, &m)) return std::nullopt;
      return m;
    }
    q = year->end;
  } else if (IsDigitAt(s, p) || IsCnNumeralKey(KeyAt(s, p))) {
    // A numeral that is not a year: a month, day or period follows.
  } else if (const Word* w = RelativeAt(s, p, kRelativeYears)) {
    m.start.year_offset = w->offset;
    q = p + w->text.size();
  } else if (const Word* w = RelativeAt(s, p, kRelativeMonths)) {
    m.start.month_offset = w->offset;
    m.end = p + w->text.size();
    if (auto day = ReadComponent(s, m.end, {"日", "号"}, false)) {
      m.start.day = day->value;
      m.end = day->end;
    }
    return m;
  } else if (const Word* w = RelativeAt(s, p, kRelativeDays)) {
    m.start.day_offset = w->offset;
    m.end = p + w->text.size();
    return m;
  }
  m.end = q;
  if (!range_end) {
    if (auto period = ReadPeriod(s, q)) {
      if (!m.start.HasYear()) m.start.year_offset = 0;  // 前三个月: this year
      m.stop = m.start;
      m.start.month = period->first_month;
      m.stop.month = period->last_month;
      m.range = true;
      m.end = period->end;
      return m;
    }
  }
  if (ReadMonthDay(s, q, &m)) return m;
  if (m.start.HasYear()) return m;
  if (auto day = range_end ? ReadComponent(s, p, {"日", "号"}, false) : ReadLoneDay(s, p)) {
    m.start.day = day->value;
    m.end = day->end;
    if (!day->has_unit && !FinishBare(s, *day, {"日"}, Field::kDay, &m)) return std::nullopt;
    if (day->value < 1 || day->value > 31) m.invalid = true;
    return m;
  }
  return std::nullopt;
}

// Fields above the stop's top are those of the start: 10月30日至11月2日.
Raw Inherit(const Raw& start, Raw stop) {
  Field top = stop.Top();
  if (top == Field::kMonth || top == Field::kDay) {
    stop.year = start.year;
    stop.year_offset = start.year_offset;
  }
  if (top == Field::kDay) {
    stop.month = start.month;
    stop.month_offset = start.month_offset;
  }
  return stop;
}

// A date with an optional range after it: "10月30日至11月2日", "2000年至今".
std::optional<Match> ReadDate(std::string_view s, size_t p) {
  auto m = ReadPoint(s, p, /*range_end=*/false);
  if (!m || m->range || m->invalid) return m;
  size_t q = SkipConnector(s, m->end);
  if (q == m->end) return m;
  if (auto stop = ReadPoint(s, q, /*range_end=*/true);
      stop && !stop->range && stop->start.Precision() == m->start.Precision()) {
    m->stop = Inherit(m->start, stop->start);
    m->stop_year_inherited = !stop->start.HasYear();
    m->range = true;
    m->invalid = stop->invalid;
    m->end = stop->end;
  } else if (At(s, m->end, "至今") && !At(s, m->end, "至今后")) {
    m->to_now = true;
    m->end += 6;
  }
  return m;
}

// "1960/12/2", "1930.2.3", "2024-07-03", and ranges of them.
std::optional<Match> ReadNumericPoint(std::string_view s, size_t p) {
  auto year = ReadNumeral(s, p, {.separators = false, .decimals = false, .chinese = false});
  if (!year || year->digits != 4 || year->value < 1800 || year->value > 2100) return std::nullopt;
  size_t q = year->end;
  if (q >= s.size() || (s[q] != '/' && s[q] != '.' && s[q] != '-')) return std::nullopt;
  char sep = s[q];
  auto month = ReadSmall(s, q + 1);
  if (!month || month->chinese || month->end >= s.size() || s[month->end] != sep) return std::nullopt;
  auto day = ReadSmall(s, month->end + 1);
  if (!day || day->chinese || IsDigitAt(s, day->end)) return std::nullopt;
  Match m;
  m.start = Raw{static_cast<int>(year->value), static_cast<int>(month->value),
                static_cast<int>(day->value)};
  m.end = day->end;
  m.invalid = !ValidMonthDay(m.start.year, m.start.month, m.start.day);
  return m;
}

std::optional<Match> ReadNumericDate(std::string_view s, size_t p) {
  auto m = ReadNumericPoint(s, p);
  if (!m || m->invalid) return m;
  size_t q = SkipConnector(s, m->end);
  if (q == m->end) return m;
  if (auto stop = ReadNumericPoint(s, q)) {
    m->stop = stop->start;
    m->range = true;
    m->invalid = stop->invalid;
    m->end = stop->end;
  }
  return m;
}

// "上世纪90年代", "20世纪90年代", "1990年代": a decade as a year range.
std::optional<Match> ReadDecade(std::string_view s, size_t p, const Date& reference) {
  int century_base = 0;  // the year 00 of the century
  size_t q = p;
  if (At(s, p, "上世纪") || At(s, p, "上个世纪")) {
    q = p + (At(s, p, "上世纪") ? 9 : 12);
    int ref = reference.year ? reference.year : 2001;  // assume the 21st century
    century_base = ((ref - 1) / 100 - 1) * 100;
  } else if (auto c = ReadSmall(s, p); c && At(s, SkipSpaces(s, c->end), "世纪")) {
    q = SkipSpaces(s, c->end) + 6;
    century_base = (static_cast<int>(c->value) - 1) * 100;
  }
  auto n = ReadNumeral(s, q, kDateNumerals);
  if (!n || n->chinese) return std::nullopt;
  size_t u = SkipSpaces(s, n->end);
  if (!At(s, u, "年代")) return std::nullopt;
  int year = static_cast<int>(n->value);
  if (century_base && n->digits == 2) year += century_base;
  else if (century_base || n->digits != 4) return std::nullopt;
  if (year % 10 != 0 || year < 1800 || year > 2100) return std::nullopt;
  Match m;
  m.start.year = year;
  m.stop.year = year + 9;
  m.range = true;
  m.end = u + 6;
  return m;
}

std::optional<Match> ReadAnaphoric(std::string_view s, size_t p) {
  std::string_view w = WordAt(s, p, kAnaphoric);
  if (w.empty()) return std::nullopt;
  Match m;
  m.start.anaphoric = true;
  m.end = p + w.size();
  return m;
}

// Characters that can begin a date expression: ASCII digits, the Chinese
// numerals other than 百, 千, 万, 亿, and the first characters of the words
// above. FindDates passes over every other character.
constexpr internal::CharSet kDateStarts{
    U'0', U'1', U'2', U'3', U'4', U'5', U'6', U'7', U'8', U'9',
    U'〇', U'零', U'一', U'二', U'两', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十',
    U'今', U'本', U'去', U'上', U'前', U'明', U'后', U'下', U'昨', U'同', U'当', U'次', U'翌',
    U'头', U'第'};

// What may follow a numeral (after spaces) that starts a date: a unit
// (年 月 日 号, 季度, 世纪), a cyclical stem (2026丙午年), a range connector.
constexpr internal::CharSet kAfterDateNumeral{
    U'年', U'月', U'日', U'号', U'季', U'世', U'甲', U'乙', U'丙', U'丁', U'戊', U'己', U'庚',
    U'辛', U'壬', U'癸', U'至', U'到', U'-', U'–', U'—', U'~', U'〜', U'－'};
// What may follow the first character of a date word (今年, 上个月, 上半年,
// 上世纪, 同期, 当天, 昨日) besides a numeral (前三个月, 第一季度).
constexpr internal::CharSet kDateWordSeconds{U'年', U'月', U'个', U'天', U'日', U'半', U'世', U'期'};

// False when no reader can match at p (a character of kDateStarts):
// every form that starts with a numeral goes on, after spaces, with a
// kAfterDateNumeral character (or '/' or '.' right after the digits of
// 1960/12/2, 1930.2.3); every word's second character is a numeral or in
// kDateWordSeconds. Exact, and much cheaper than trying every reader.
bool MayMatchAt(std::string_view s, size_t p, bool numeral) {
  if (!numeral) {
    size_t next = p + 3;  // every word starts with a three-byte character
    return IsDigitAt(s, next) || IsCnNumeralKey(KeyAt(s, next)) || CharIn(s, next, kDateWordSeconds);
  }
  auto n = ReadNumeral(s, p, kDateNumerals);
  if (!n) return false;
  if (n->end < s.size() && (s[n->end] == '/' || s[n->end] == '.')) return true;
  return CharIn(s, SkipSpaces(s, n->end), kAfterDateNumeral);
}

// The longest expression starting at p, if any.
std::optional<Match> LongestAt(std::string_view s, size_t p, const Date& reference) {
  std::optional<Match> best;
  bool numeral = IsDigitAt(s, p) || IsCnNumeralKey(KeyAt(s, p));
  if (numeral && !NumeralMayStartAt(s, p)) return std::nullopt;
  if (!MayMatchAt(s, p, numeral)) return std::nullopt;
  if (IsDigitAt(s, p)) best = ReadNumericDate(s, p);
  if (auto m = ReadDate(s, p); Longer(m, best)) best = m;
  if (auto m = ReadDecade(s, p, reference); Longer(m, best)) best = m;
  if (!numeral)
    if (auto m = ReadAnaphoric(s, p); Longer(m, best)) best = m;
  return best;
}

// ---------------------------------------------------------------------------
// Resolution against the context.

struct Resolved {
  Date date;
  bool inferred = false;
  bool relative = false;
  bool valid = true;
};

Date ShiftMonths(const Date& ref, int offset) {
  int index = ref.year * 12 + (ref.month - 1) + offset;
  return Date{index / 12, index % 12 + 1, 0};
}

Resolved Resolve(const Raw& r, const Date& ref) {
  Resolved out;
  if (r.anaphoric) {
    out.inferred = out.relative = true;
    return out;
  }
  if (r.day_offset != kNone) {
    out.inferred = out.relative = true;
    out.date = ref.day ? AddDays(ref, r.day_offset) : ref;
    return out;
  }
  Date& d = out.date;
  if (r.month_offset != kNone) {
    out.inferred = out.relative = true;
    if (ref.month) d = ShiftMonths(ref, r.month_offset);
    else d.year = ref.year;
    if (d.month) d.day = r.day;
  } else {
    if (r.year) {
      d.year = r.year;
    } else if (r.year_offset != kNone) {
      out.inferred = out.relative = true;
      d.year = ref.year ? ref.year + r.year_offset : 0;
    } else {
      out.inferred = true;
      d.year = ref.year;
    }
    d.month = r.month;
    d.day = r.day;
    if (!r.month && r.day) d.month = ref.month;  // 7日下午
  }
  if (d.month == 0 && d.day != 0) d.year = 0;  // a day without a month: not placeable
  if (d.month && !ValidMonthDay(d.year, d.month, d.day)) out.valid = false;
  return out;
}

// a ends before b starts (false when either has no year).
bool Before(const Date& a, const Date& b) {
  return !a.empty() && !b.empty() && a.LastDay() < b.FirstDay();
}

// Builds the span of a match; nullopt when it resolves to an impossible date.
std::optional<DateSpan> ToSpan(size_t begin, const Match& m,
                               const DateContext& context) {
  if (m.invalid) return std::nullopt;
  Resolved start = Resolve(m.start, context.reference);
  if (!start.valid) return std::nullopt;
  DateSpan span;
  span.begin = begin;
  span.end = m.end;
  span.start = start.date;
  span.inferred = start.inferred;
  span.relative = start.relative;
  if (m.range) {
    Resolved stop = Resolve(m.stop, context.reference);
    if (!stop.valid) return std::nullopt;
    // 12月30日至1月2日: an inherited year rolls over.
    if (m.stop_year_inherited && Before(stop.date, start.date)) ++stop.date.year;
    if (Before(stop.date, start.date)) return std::nullopt;
    span.end_date = stop.date;
    span.inferred |= stop.inferred;
    span.relative |= stop.relative;
  } else if (m.to_now) {
    if (context.reference.empty() || Before(context.reference, span.start)) {
      span.end = m.end - 6;  // 至今 unresolvable: the start alone
    } else {
      span.end_date = context.reference;
      span.relative = true;
    }
  }
  return span;
}

bool IsLunar(std::string_view s, size_t p) {
  std::string_view prev = PrevChar(s, p);
  std::string_view prev2 = PrevChar(s, p - prev.size());
  return prev2.size() == 3 && prev.size() == 3 && (prev2 == "农" || prev2 == "阴") && prev == "历";
}

// 为期三天 within 90 bytes after a day-precise single date, before `limit`.
void ApplyDuration(std::string_view s, size_t limit, DateSpan* span) {
  if (span->is_range() || span->start.day == 0 || span->start.empty()) return;
  size_t window_end = std::min({s.size(), span->end + 90, limit});
  auto duration = FindDuration(s.substr(span->end, window_end - span->end));
  if (duration && duration->days > 1) span->end_date = AddDays(span->start, duration->days - 1);
}

}  // namespace

std::string DateSpan::ToIso() const {
  if (start.empty()) return "";
  if (end_date.empty()) return start.ToIso();
  return start.ToIso() + "/" + end_date.ToIso();
}

Date AddDays(const Date& date, int days) {
  if (date.empty() || date.month == 0 || date.day == 0) return date;
  Date d = date;
  int left = days;
  while (left > 0) {
    int room = DaysInMonth(d.year, d.month) - d.day;
    if (left <= room) {
      d.day += left;
      break;
    }
    left -= room + 1;
    d.day = 1;
    if (++d.month > 12) d.month = 1, ++d.year;
  }
  while (left < 0) {
    if (-left < d.day) {
      d.day += left;
      break;
    }
    left += d.day;
    if (--d.month < 1) d.month = 12, --d.year;
    d.day = DaysInMonth(d.year, d.month);
  }
  return d;
}

std::optional<DurationSpan> FindDuration(std::string_view s) {
  for (size_t p = FindUtf8(s, "为期"); p != std::string_view::npos; p = FindUtf8(s, "为期", p + 1)) {
    auto n = ReadNumeral(s, p + 6, kDateNumerals);
    if (!n || n->value < 1 || n->value > 366 || n->decimals) continue;
    size_t q = SkipSpaces(s, n->end);
    if (At(s, q, "天") || At(s, q, "日"))
      return DurationSpan{p, q + 3, static_cast<int>(n->value)};
  }
  return std::nullopt;
}

// One left-to-right pass: at each character, the longest expression that
// starts there wins (leftmost-longest); scanning resumes after it. An
// impossible date (2月30日) or a lunar one (农历八月十五) is skipped whole, so
// that no part of it is reported alone.
std::vector<DateSpan> FindDates(std::string_view s, const DateContext& context) {
  std::vector<DateSpan> out;
  FindDates(s, context, &out);
  return out;
}

void FindDates(std::string_view s, const DateContext& context, std::vector<DateSpan>* out) {
  out->clear();
  size_t p = 0;
  while (p < s.size()) {
    p = SkipToCharIn(s, p, s.size(), kDateStarts);  // as if MayStartDate were tried at each character
    if (p >= s.size()) break;
    std::optional<Match> m = LongestAt(s, p, context.reference);
    if (!m) {
      p = NextChar(s, p);
      continue;
    }
    if (!IsLunar(s, p))
      if (auto span = ToSpan(p, *m, context)) out->push_back(*span);
    p = m->end;
  }
  for (size_t i = 0; i < out->size(); ++i)
    ApplyDuration(s, i + 1 < out->size() ? (*out)[i + 1].begin : s.size(), &(*out)[i]);
}

}  // namespace bilat::text
