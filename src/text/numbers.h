// Numbers in normalized Chinese news text: bare numerals (Arabic with
// separators and decimals, Chinese numerals, 万/亿 multipliers) and the
// amounts built on them: money with a currency, percentages, quantities with
// a unit of measure and counts with a classifier. Pure functions over the
// input; thread-safe.
//
// REQUIRES for every function: the text is normalized as by
// text::Normalize (ASCII digits and '%', Simplified Chinese, lower-case
// Latin). Offsets are byte offsets into that text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bilat::text {

struct DateSpan;

// An amount found in text. For "1659亿美元": value 165900000000, kMoney, "USD".
struct Amount {
  enum class Kind {
    kMoney,     // a number with a currency: 美元, 欧元, 元, US$ ...
    kQuantity,  // a number with a unit of measure or time: 吨, 公里, 年, 天 ...
    kPercent,   // 24.6%, 百分之二十, 1.5个百分点 (unit "百分点"); value 24.6, not 0.246
    kCount,     // a number with a classifier: 个, 人, 名, 项, 次, 周年 ...
  };
  size_t begin = 0;  // byte span [begin, end) of the whole amount, unit included
  size_t end = 0;
  double value = 0;  // multipliers applied (万, 亿, million ...); for a range, the low end
  double high = 0;   // the high end of a range ("500至600人": 600); == value otherwise
  Kind kind = Kind::kCount;
  std::string currency;  // ISO 4217 for kMoney ("USD", "CNY", ...); "" otherwise
  std::string unit;      // as written in normalized form ("吨", "个", "人"); "" for money

  bool is_range() const { return high != value; }
};

// A numeral read at some offset: the building block of amounts and dates.
struct Numeral {
  size_t end = 0;       // offset just past the numeral
  double value = 0;     // its value, without any multiplier that follows
  int digits = 0;       // digit characters read (Arabic or Chinese)
  int decimals = 0;     // digits after the decimal point (1.3 → 1)
  bool chinese = false; // written in Chinese numerals (十二, 二〇一九)
  bool positional = false;  // Chinese digits one by one, no 十/百/千 (二〇一九)
};

struct NumeralOptions {
  bool separators = true;   // accept "1,659" (groups of exactly three digits)
  bool decimals = true;     // accept "57.9" and Chinese "二十点五"
  bool chinese = true;      // accept Chinese numerals at all
  bool large_units = true;  // accept 万 and 亿 inside Chinese numerals (一千五百万)
};

// Reads a numeral starting exactly at `pos` (no sign, no leading space).
// Chinese numerals must start with a digit or 十 (万象 is not a number).
// nullopt when no numeral starts there.
std::optional<Numeral> ReadNumeral(std::string_view text, size_t pos,
                                   const NumeralOptions& options = {});

// Parses a whole string as one number: an Arabic or Chinese numeral, with
// optional trailing multipliers (万, 亿, 百万, 千万, 万亿, " million" ...):
// "1,659" → 1659, "1.3万" → 13000, "两百四十七亿" → 24700000000. nullopt
// if anything else is left over, or if the value is not finite.
std::optional<double> ParseNumber(std::string_view numeral);

// Amounts larger than this are not plausible news figures; FindAmounts
// drops them (the text they span yields no amount).
inline constexpr double kMaxPlausibleAmount = 1e15;

// Every amount in the text, leftmost first, non-overlapping, each as long as
// it can be. Numbers that are part of a date (as FindDates finds them with an
// empty context: 2019年, 1月30日, 2000-2012年, 前三个月), ordinals (第14次),
// vague figures (数十亿美元, 几十个),
// numerals glued to Latin letters (k91) and bare numbers without a currency,
// unit or '%' are not amounts. A single 一 with a classifier (一个, 一次) is an
// article, not a count, and is skipped.
std::vector<Amount> FindAmounts(std::string_view normalized);
// The same, when the caller already has the dates of this text.
std::vector<Amount> FindAmounts(std::string_view normalized,
                                std::span<const DateSpan> dates);
// The same into *out (replacing what it held), reusing its buffer.
void FindAmounts(std::string_view normalized, std::span<const DateSpan> dates,
                 std::vector<Amount>* out);

}  // namespace bilat::text
