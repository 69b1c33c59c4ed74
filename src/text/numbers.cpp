#include "text/numbers.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "text/dates.h"
#include "text/internal/bytes.h"
#include "text/utf8.h"

namespace bilat::text {
namespace {

using internal::At;
using internal::CharIn;
using internal::IsAsciiLetter;
using internal::IsDigit;
using internal::IsDigitAt;
using internal::NextChar;
using internal::SkipToCharIn;

// Exact powers of ten as doubles (10^0 .. 10^22 are exactly representable).
double Pow10(int e) {
  static constexpr double kPow[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (e >= 0 && e <= 22) return kPow[e];
  return std::pow(10.0, e);
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

// The value of the Chinese digit at p, or -1.
int CnDigitAt(std::string_view s, size_t p) {
  switch (KeyAt(s, p)) {
    case Key("〇"): case Key("零"): return 0;
    case Key("一"): return 1;
    case Key("二"): case Key("两"): return 2;
    case Key("三"): return 3;
    case Key("四"): return 4;
    case Key("五"): return 5;
    case Key("六"): return 6;
    case Key("七"): return 7;
    case Key("八"): return 8;
    case Key("九"): return 9;
    default: return -1;
  }
}
// The value of 十, 百 or 千 at p, or 0.
int CnUnitAt(std::string_view s, size_t p) {
  switch (KeyAt(s, p)) {
    case Key("十"): return 10;
    case Key("百"): return 100;
    case Key("千"): return 1000;
    default: return 0;
  }
}

std::optional<Numeral> ReadArabic(std::string_view s, size_t pos, const NumeralOptions& o) {
  Numeral n;
  size_t p = pos;
  double mantissa = 0;
  while (IsDigitAt(s, p)) mantissa = mantissa * 10 + (s[p++] - '0');
  n.digits = static_cast<int>(p - pos);
  // "1,659" or "100,000": groups of exactly three digits after a head of 1-3.
  if (o.separators && n.digits <= 3) {
    while (p < s.size() && s[p] == ',' && IsDigitAt(s, p + 1) && IsDigitAt(s, p + 2) &&
           IsDigitAt(s, p + 3) && !IsDigitAt(s, p + 4)) {
      for (size_t k = 1; k <= 3; ++k) mantissa = mantissa * 10 + (s[p + k] - '0');
      n.digits += 3;
      p += 4;
    }
  }
  if (o.decimals && p < s.size() && s[p] == '.' && IsDigitAt(s, p + 1)) {
    ++p;
    while (IsDigitAt(s, p)) {
      mantissa = mantissa * 10 + (s[p++] - '0');
      ++n.decimals;
    }
    n.digits += n.decimals;
  }
  n.end = p;
  n.value = n.decimals ? mantissa / Pow10(n.decimals) : mantissa;
  return n;
}

// Chinese numerals, read as positional digits (二〇一九) or with units
// (三千四百五十三, 一千五百万, 两百四十七亿, 一百零五), and a fraction after 点.
// Sections: `num` the pending digit, `section` below 万, `wan` the 万 part,
// `yi` everything at 亿 and above.
std::optional<Numeral> ReadChinese(std::string_view s, size_t pos, const NumeralOptions& o) {
  if (CnDigitAt(s, pos) < 0 && !At(s, pos, "十")) return std::nullopt;
  Numeral n;
  n.chinese = true;
  double yi = 0, wan = 0, section = 0, num = 0, positional = 0;
  bool prev_digit = false, saw_unit = false;
  int prev_value = -1;
  size_t p = pos;
  while (p < s.size()) {
    int d = CnDigitAt(s, p);
    if (d >= 0) {
      if (prev_digit && saw_unit && prev_value != 0) break;  // 十二三: stop at 三
      if (prev_digit && !saw_unit) n.positional = true;
      if (n.positional && saw_unit) break;
      positional = positional * 10 + d;
      num = d;
      prev_digit = true;
      prev_value = d;
      ++n.digits;
      p += 3;
      continue;
    }
    if (n.positional) break;
    if (int u = CnUnitAt(s, p)) {
      section += (prev_digit ? num : 1) * u;
      num = 0;
    } else if (o.large_units && At(s, p, "万")) {
      wan += (section + num) * 1e4;
      section = num = 0;
    } else if (o.large_units && At(s, p, "亿")) {
      yi = (yi + wan + section + num) * 1e8;
      wan = section = num = 0;
    } else {
      break;
    }
    saw_unit = true;
    prev_digit = false;
    prev_value = -1;
    ++n.digits;
    p += 3;
  }
  n.value = n.positional ? positional : yi + wan + section + num;
  // A fraction after 点: 二十点五.
  if (o.decimals && !n.positional && At(s, p, "点") && CnDigitAt(s, p + 3) >= 0) {
    double frac = 0;
    p += 3;
    for (int d; (d = CnDigitAt(s, p)) >= 0; p += 3) {
      frac = frac * 10 + d;
      ++n.decimals;
    }
    n.value += frac / Pow10(n.decimals);
    n.digits += n.decimals;
  }
  n.end = p;
  return n;
}

// ---------------------------------------------------------------------------
// Multipliers, suffixes and prefixes.

// Words starting with a multiplier character that are units, not multipliers.
constexpr std::string_view kNotMultipliers[] = {"千米", "千克", "千瓦", "千兆", "百分"};

// Rescales a numeral by a power of ten exactly (via its decimal mantissa).
double Rescale(const Numeral& n, int exponent) {
  if (exponent == 0) return n.value;
  double mantissa = std::round(n.value * Pow10(n.decimals));
  return exponent >= n.decimals ? mantissa * Pow10(exponent - n.decimals)
                                : mantissa / Pow10(n.decimals - exponent);
}

// The first characters of multipliers and of kNotMultipliers.
constexpr internal::CharSet kMultiplierStarts{U'万', U'亿', U'千', U'百', U'十'};

struct Scaled {
  size_t end = 0;
  double value = 0;
  int exponent = 0;  // the power of ten that multipliers added
};

// Applies multipliers after a numeral: 万, 亿, 百万, 千万, 万亿, 亿亿; and
// " million" / " billion" after Arabic digits. 十 is not a multiplier after
// Arabic digits. Exact: the decimal mantissa is scaled by a power of ten once.
Scaled ApplyMultipliers(std::string_view s, const Numeral& n) {
  Scaled out{n.end, n.value, 0};
  size_t p = n.end;
  for (;;) {
    if (!CharIn(s, p, kMultiplierStarts)) break;  // the common case: no multiplier
    if (std::any_of(std::begin(kNotMultipliers), std::end(kNotMultipliers),
                    [&](std::string_view w) { return At(s, p, w); }))
      break;
    int e = 0;
    if (At(s, p, "万")) e = 4;
    else if (At(s, p, "亿")) e = 8;
    else if (At(s, p, "千") && out.exponent == 0) e = 3;
    else if (At(s, p, "百") && out.exponent == 0) e = 2;
    else if (At(s, p, "十") && n.chinese && out.exponent == 0) e = 1;
    if (e == 0) break;
    out.exponent += e;
    p += 3;
  }
  if (!n.chinese && out.exponent == 0) {
    size_t q = p;
    while (q < s.size() && s[q] == ' ') ++q;
    static constexpr std::pair<std::string_view, int> kEnglish[] = {
        {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}};
    for (const auto& [word, e] : kEnglish) {
      if (At(s, q, word) && !(q + word.size() < s.size() && IsAsciiLetter(s[q + word.size()]))) {
        out.exponent = e;
        p = q + word.size();
        break;
      }
    }
  }
  out.end = p;
  out.value = Rescale(n, out.exponent);
  return out;
}

struct Suffix {
  std::string_view text;
  Amount::Kind kind;
  std::string_view code;  // currency for kMoney, unit otherwise
};
using K = Amount::Kind;
// Longest match wins, so 美元 beats 元 and 个月 beats 个.
constexpr Suffix kSuffixes[] = {
    // percent
    {"%", K::kPercent, ""}, {"个百分点", K::kPercent, "百分点"}, {"百分点", K::kPercent, "百分点"},
    // money
    {"美元", K::kMoney, "USD"}, {"美金", K::kMoney, "USD"}, {"usd", K::kMoney, "USD"},
    {"欧元", K::kMoney, "EUR"}, {"eur", K::kMoney, "EUR"}, {"日元", K::kMoney, "JPY"},
    {"日圆", K::kMoney, "JPY"}, {"元人民币", K::kMoney, "CNY"}, {"人民币", K::kMoney, "CNY"},
    {"元", K::kMoney, "CNY"}, {"越盾", K::kMoney, "VND"}, {"英镑", K::kMoney, "GBP"},
    {"卢布", K::kMoney, "RUB"}, {"白俄罗斯卢布", K::kMoney, "BYN"}, {"韩元", K::kMoney, "KRW"},
    {"泰铢", K::kMoney, "THB"}, {"港元", K::kMoney, "HKD"}, {"港币", K::kMoney, "HKD"},
    {"新加坡元", K::kMoney, "SGD"}, {"新元", K::kMoney, "SGD"}, {"澳元", K::kMoney, "AUD"},
    {"加元", K::kMoney, "CAD"}, {"新西兰元", K::kMoney, "NZD"}, {"瑞士法郎", K::kMoney, "CHF"},
    {"瑞郎", K::kMoney, "CHF"}, {"印度卢比", K::kMoney, "INR"}, {"林吉特", K::kMoney, "MYR"},
    {"印尼盾", K::kMoney, "IDR"}, {"基普", K::kMoney, "LAK"}, {"瑞尔", K::kMoney, "KHR"},
    {"缅元", K::kMoney, "MMK"}, {"菲律宾比索", K::kMoney, "PHP"},
    {"墨西哥比索", K::kMoney, "MXN"}, {"古巴比索", K::kMoney, "CUP"},
    {"新台币", K::kMoney, "TWD"}, {"澳门元", K::kMoney, "MOP"}, {"雷亚尔", K::kMoney, "BRL"},
    {"兰特", K::kMoney, "ZAR"}, {"瑞典克朗", K::kMoney, "SEK"}, {"挪威克朗", K::kMoney, "NOK"},
    {"丹麦克朗", K::kMoney, "DKK"}, {"土耳其里拉", K::kMoney, "TRY"},
    {"迪拉姆", K::kMoney, "AED"}, {"坚戈", K::kMoney, "KZT"},
    // units of measure
    {"吨", K::kQuantity, "吨"}, {"公吨", K::kQuantity, "公吨"}, {"千克", K::kQuantity, "千克"},
    {"公斤", K::kQuantity, "公斤"}, {"克", K::kQuantity, "克"}, {"公里", K::kQuantity, "公里"},
    {"千米", K::kQuantity, "千米"}, {"米", K::kQuantity, "米"}, {"平方米", K::kQuantity, "平方米"},
    {"平方公里", K::kQuantity, "平方公里"}, {"公顷", K::kQuantity, "公顷"},
    {"亩", K::kQuantity, "亩"}, {"立方米", K::kQuantity, "立方米"}, {"升", K::kQuantity, "升"},
    {"桶", K::kQuantity, "桶"}, {"千瓦时", K::kQuantity, "千瓦时"}, {"千瓦", K::kQuantity, "千瓦"},
    {"兆瓦", K::kQuantity, "兆瓦"}, {"海里", K::kQuantity, "海里"}, {"英里", K::kQuantity, "英里"},
    {"标准箱", K::kQuantity, "标准箱"},
    // units of time (durations; a year such as 2019年 is a date, not an amount)
    {"年", K::kQuantity, "年"}, {"个月", K::kQuantity, "个月"}, {"周", K::kQuantity, "周"},
    {"星期", K::kQuantity, "星期"}, {"天", K::kQuantity, "天"}, {"小时", K::kQuantity, "小时"},
    {"分钟", K::kQuantity, "分钟"}, {"世纪", K::kQuantity, "世纪"}, {"周年", K::kCount, "周年"},
    // classifiers
    {"个", K::kCount, "个"}, {"人", K::kCount, "人"}, {"人次", K::kCount, "人次"},
    {"名", K::kCount, "名"}, {"位", K::kCount, "位"}, {"家", K::kCount, "家"},
    {"项", K::kCount, "项"}, {"次", K::kCount, "次"}, {"份", K::kCount, "份"},
    {"架", K::kCount, "架"}, {"艘", K::kCount, "艘"}, {"辆", K::kCount, "辆"},
    {"台", K::kCount, "台"}, {"所", K::kCount, "所"}, {"户", K::kCount, "户"},
    {"批", K::kCount, "批"}, {"件", K::kCount, "件"}, {"套", K::kCount, "套"},
    {"座", K::kCount, "座"}, {"具", K::kCount, "具"}, {"枚", K::kCount, "枚"},
    {"剂", K::kCount, "剂"}, {"支", K::kCount, "支"}, {"张", K::kCount, "张"},
    {"部", K::kCount, "部"}, {"条", K::kCount, "条"}, {"篇", K::kCount, "篇"},
    {"场", K::kCount, "场"}, {"轮", K::kCount, "轮"}, {"例", K::kCount, "例"},
    {"株", K::kCount, "株"}, {"头", K::kCount, "头"}, {"只", K::kCount, "只"},
    {"处", K::kCount, "处"}, {"届", K::kCount, "届"},
};

// The suffixes grouped by their first character, each group in table order:
// SuffixAt tries only the group of the character it stands on.
class SuffixIndex {
 public:
  struct Entry {
    uint32_t first;  // FirstChar of the suffix
    const Suffix* suffix;
  };

  SuffixIndex() {
    for (const Suffix& suffix : kSuffixes) entries_.push_back({FirstChar(suffix.text, 0), &suffix});
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.first < b.first; });
  }
  // The suffixes whose first character is the one at p of s.
  std::span<const Entry> At(std::string_view s, size_t p) const {
    uint32_t first = FirstChar(s, p);
    auto lower = std::lower_bound(entries_.begin(), entries_.end(), first,
                                  [](const Entry& e, uint32_t v) { return e.first < v; });
    auto upper = std::find_if(lower, entries_.end(), [&](const Entry& e) { return e.first != first; });
    return {lower, upper};
  }

 private:
  // The lead byte and up to two more bytes of the character at p: equal for
  // a suffix and the text wherever the suffix occurs.
  static uint32_t FirstChar(std::string_view s, size_t p) {
    size_t length = std::min({Utf8Length(static_cast<unsigned char>(s[p])), size_t{3}, s.size() - p});
    uint32_t key = 0;
    for (size_t k = 0; k < length; ++k) key = key << 8 | static_cast<unsigned char>(s[p + k]);
    return key;
  }
  std::vector<Entry> entries_;
};

const Suffix* SuffixAt(std::string_view s, size_t p) {
  if (p >= s.size()) return nullptr;
  static const SuffixIndex index;
  const Suffix* best = nullptr;
  for (const auto& entry : index.At(s, p)) {
    const Suffix& suffix = *entry.suffix;
    if (At(s, p, suffix.text) && (!best || suffix.text.size() > best->text.size())) best = &suffix;
  }
  // "usd"/"eur" must be whole words.
  if (best && IsAsciiLetter(best->text[0]) && p + best->text.size() < s.size() &&
      IsAsciiLetter(s[p + best->text.size()]))
    return nullptr;
  return best;
}

struct Prefix {
  std::string_view text;
  std::string_view currency;
};
constexpr Prefix kPrefixes[] = {{"us$", "USD"}, {"usd", "USD"}, {"$", "USD"}, {"€", "EUR"},
                                {"eur", "EUR"}, {"£", "GBP"},   {"¥", "CNY"}, {"rmb", "CNY"},
                                {"人民币", "CNY"}};

// The first bytes of kPrefixes.
struct PrefixFirstBytes {
  bool is[256] = {};
  constexpr PrefixFirstBytes() {
    for (const Prefix& prefix : kPrefixes) is[static_cast<unsigned char>(prefix.text[0])] = true;
  }
};
constexpr PrefixFirstBytes kPrefixFirstBytes;

constexpr std::string_view kConnectors[] = {"至", "到", "-", "–", "—", "~"};
// "30多个", "1万余人": more than; the value is the lower bound.
constexpr std::string_view kMore[] = {"多", "余"};

size_t SkipAny(std::string_view s, size_t p, std::span<const std::string_view> words) {
  for (auto w : words)
    if (At(s, p, w)) return p + w.size();
  return p;
}
size_t SkipSpaces(std::string_view s, size_t p) {
  while (p < s.size() && s[p] == ' ') ++p;
  return p;
}

// The previous UTF-8 character of s before p ("" at the start).
std::string_view PrevChar(std::string_view s, size_t p) {
  if (p == 0) return {};
  size_t q = p - 1;
  while (q > 0 && (static_cast<unsigned char>(s[q]) & 0xC0) == 0x80) --q;
  return s.substr(q, p - q);
}

bool IsCnNumeralChar(std::string_view c) {
  if (CnDigitAt(c, 0) >= 0 || CnUnitAt(c, 0)) return true;
  return c == "万" || c == "亿";
}

// Characters that can begin an amount: digits, the first letters of the
// currency prefixes, Chinese numerals, 百 (百分之), 人 (人民币).
constexpr internal::CharSet kAmountStarts{
    U'0', U'1', U'2', U'3', U'4', U'5', U'6', U'7', U'8', U'9', U'$', U'u', U'e', U'r',
    U'〇', U'零', U'一', U'二', U'两', U'三', U'四', U'五', U'六', U'七', U'八', U'九',
    U'十', U'百', U'千', U'人', U'€', U'£', U'¥'};

// May a numeral start at p? Not inside another number or a Latin word
// (k91), nor after 第, 数 or 几.
bool NumeralMayStartAt(std::string_view s, size_t p) {
  std::string_view prev = PrevChar(s, p);
  if (prev.empty()) return true;
  if (prev.size() == 1) {
    char c = prev[0];
    if (IsDigit(c) || IsAsciiLetter(c) || c == '.' || c == '_') return false;
    if (c == ',' && p >= 2 && IsDigit(s[p - 2])) return false;
    return true;
  }
  // 第14次 is an ordinal; 数十亿, 几十个 are vague ("billions"), not figures.
  if (prev == "第" || prev == "数" || prev == "几") return false;
  return !IsDigit(s[p]) ? !IsCnNumeralChar(prev) : true;
}

struct Number {
  Numeral numeral;
  Scaled scaled;
  size_t end = 0;  // after 多/余
};

std::optional<Number> ReadNumber(std::string_view s, size_t p) {
  auto numeral = ReadNumeral(s, p);
  if (!numeral) return std::nullopt;
  Number n{*numeral, {}, 0};
  size_t q = SkipAny(s, numeral->end, kMore);  // 1000多万
  if (q != numeral->end) {
    Numeral shifted = *numeral;
    shifted.end = q;
    n.scaled = ApplyMultipliers(s, shifted);
  } else {
    n.scaled = ApplyMultipliers(s, *numeral);
  }
  n.end = SkipAny(s, n.scaled.end, kMore);
  return n;
}

bool IsPlausibleYear(const Number& n) {
  return !n.numeral.chinese && n.numeral.decimals == 0 && n.scaled.exponent == 0 &&
         n.numeral.digits == 4 && n.scaled.value >= 1800 && n.scaled.value <= 2100;
}

Amount MakeAmount(size_t begin, size_t end, double value, const Suffix& suffix) {
  Amount a;
  a.begin = begin;
  a.end = end;
  a.value = a.high = value;
  a.kind = suffix.kind;
  if (suffix.kind == K::kMoney) a.currency = suffix.code;
  else a.unit = suffix.code;
  return a;
}

struct RangeEnd {
  Number high;
  const Suffix* suffix = nullptr;
  size_t end = 0;  // after the suffix
};

// The high end of a range starting at `from`: a connector, a number in the
// same script as the low end, and a suffix ("至600人", "-15%").
std::optional<RangeEnd> ReadRangeEnd(std::string_view s, size_t from, const Number& low) {
  size_t q = SkipSpaces(s, from);
  size_t c = SkipAny(s, q, kConnectors);
  if (c == q) return std::nullopt;
  c = SkipSpaces(s, c);
  if (!NumeralMayStartAt(s, c) && !IsDigitAt(s, c)) return std::nullopt;
  auto high = ReadNumber(s, c);
  if (!high || high->numeral.chinese != low.numeral.chinese) return std::nullopt;
  size_t u = SkipSpaces(s, high->end);
  const Suffix* suffix = SuffixAt(s, u);
  if (!suffix) return std::nullopt;
  return RangeEnd{*high, suffix, u + suffix->text.size()};
}

bool SameSuffix(const Suffix& a, const Suffix& b) { return a.kind == b.kind && a.code == b.code; }

// A single 一 with a classifier is the article "a" (一个, 一次, 一年); a
// plausible year with 年 is a date (even one FindDates rejected).
bool IsAmount(const Number& number, const Suffix& suffix) {
  const Numeral& n = number.numeral;
  if (n.chinese && n.digits == 1 && n.value == 1 && number.scaled.exponent == 0 &&
      suffix.kind != K::kMoney && suffix.kind != K::kPercent)
    return false;
  return !(suffix.code == "年" && IsPlausibleYear(number));
}

// An amount with a suffix: "1659亿美元", "100吨", "24.6%", and ranges
// "500至600人", "5至6万吨" (the 万 applies to both ends), "10%-15%".
std::optional<Amount> SuffixedAmountAt(std::string_view s, size_t begin, const Number& number) {
  size_t q = SkipSpaces(s, number.end);
  if (const Suffix* suffix = SuffixAt(s, q)) {
    if (!IsAmount(number, *suffix)) return std::nullopt;
    Amount a = MakeAmount(begin, q + suffix->text.size(), number.scaled.value, *suffix);
    if (auto r = ReadRangeEnd(s, a.end, number); r && SameSuffix(*r->suffix, *suffix)) {
      a.high = r->high.scaled.value;
      a.end = r->end;
    }
    return a;
  }
  auto r = ReadRangeEnd(s, number.end, number);
  if (!r || !IsAmount(number, *r->suffix)) return std::nullopt;
  double low = number.scaled.value;
  if (number.scaled.exponent == 0 && r->high.scaled.exponent > 0)
    low = Rescale(number.numeral, r->high.scaled.exponent);
  Amount a = MakeAmount(begin, r->end, low, *r->suffix);
  a.high = r->high.scaled.value;
  return a;
}

// An amount whose numeral starts at p, after a currency prefix that starts
// at `begin` when `prefix_currency` is not "". On failure, *skip_to is where
// scanning may resume (past the numeral, or past an implausible amount).
std::optional<Amount> AmountAt(std::string_view s, size_t begin, size_t p,
                               std::string_view prefix_currency, size_t* skip_to) {
  auto number = ReadNumber(s, p);
  if (!number) return std::nullopt;
  *skip_to = number->numeral.end;
  std::optional<Amount> a;
  if (!prefix_currency.empty()) {
    // US$1.5 billion; 人民币100亿元: a money suffix may repeat the currency.
    Suffix money{"", K::kMoney, prefix_currency};
    size_t end = number->end;
    size_t q = SkipSpaces(s, number->end);
    if (const Suffix* suffix = SuffixAt(s, q); suffix && suffix->kind == K::kMoney)
      end = q + suffix->text.size();
    a = MakeAmount(begin, end, number->scaled.value, money);
  } else {
    a = SuffixedAmountAt(s, begin, *number);
  }
  if (!a) return std::nullopt;
  if (!std::isfinite(a->high) || a->high > kMaxPlausibleAmount || a->value > kMaxPlausibleAmount) {
    *skip_to = a->end;
    return std::nullopt;
  }
  return a;
}

// "百分之二十", "百分之10.5".
std::optional<Amount> PercentWordAt(std::string_view s, size_t p) {
  static constexpr std::string_view kWord = "百分之";
  if (!At(s, p, kWord)) return std::nullopt;
  auto n = ReadNumeral(s, p + kWord.size());
  if (!n) return std::nullopt;
  Amount a;
  a.begin = p;
  a.end = n->end;
  a.value = a.high = n->value;
  a.kind = K::kPercent;
  return a;
}

const Prefix* PrefixAt(std::string_view s, size_t p) {
  if (!kPrefixFirstBytes.is[static_cast<unsigned char>(s[p])]) return nullptr;
  for (const auto& prefix : kPrefixes) {
    if (!At(s, p, prefix.text)) continue;
    if (IsAsciiLetter(prefix.text[0]) && p > 0 && IsAsciiLetter(s[p - 1])) continue;
    return &prefix;
  }
  return nullptr;
}

}  // namespace

std::optional<Numeral> ReadNumeral(std::string_view text, size_t pos, const NumeralOptions& options) {
  if (pos >= text.size()) return std::nullopt;
  if (IsDigit(text[pos])) return ReadArabic(text, pos, options);
  if (options.chinese) return ReadChinese(text, pos, options);
  return std::nullopt;
}

std::optional<double> ParseNumber(std::string_view numeral) {
  auto n = ReadNumeral(numeral, 0);
  if (!n) return std::nullopt;
  Scaled scaled = ApplyMultipliers(numeral, *n);
  if (scaled.end != numeral.size() || !std::isfinite(scaled.value)) return std::nullopt;
  return scaled.value;
}

std::vector<Amount> FindAmounts(std::string_view normalized) {
  return FindAmounts(normalized, FindDates(normalized, DateContext{}));
}

// One pass over the bytes. At each character outside a date span, try in
// order: a currency prefix followed by a number (US$12), "百分之", a number
// followed by a suffix. A numeral that fails is skipped whole, so that its
// tail (the "234" of "1234") is never read as a number of its own.
std::vector<Amount> FindAmounts(std::string_view s, std::span<const DateSpan> dates) {
  std::vector<Amount> out;
  FindAmounts(s, dates, &out);
  return out;
}

void FindAmounts(std::string_view s, std::span<const DateSpan> dates, std::vector<Amount>* out) {
  out->clear();
  size_t next_date = 0;
  size_t p = 0;
  while (p < s.size()) {
    while (next_date < dates.size() && dates[next_date].end <= p) ++next_date;
    if (next_date < dates.size() && dates[next_date].begin <= p) {
      p = dates[next_date].end;
      continue;
    }
    size_t limit = next_date < dates.size() ? dates[next_date].begin : s.size();
    p = SkipToCharIn(s, p, limit, kAmountStarts);  // as if each character were tried
    if (p >= limit) continue;
    std::optional<Amount> found;
    size_t skip_to = p;
    if (const Prefix* prefix = PrefixAt(s, p)) {
      size_t q = SkipSpaces(s, p + prefix->text.size());
      if (IsDigitAt(s, q) || (prefix->text == "人民币" && ReadNumeral(s, q)))
        found = AmountAt(s, p, q, prefix->currency, &skip_to);
    }
    if (!found) found = PercentWordAt(s, p);
    if (!found && NumeralMayStartAt(s, p) && ReadNumeral(s, p))
      found = AmountAt(s, p, p, "", &skip_to);
    if (found && found->end <= limit) {
      p = found->end;
      out->push_back(std::move(*found));
      continue;
    }
    p = std::max(skip_to, NextChar(s, p));
  }
}

}  // namespace bilat::text
