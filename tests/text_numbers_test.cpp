// Tests for text/numbers.h. Most inputs are phrases of the bundled corpus
// (corpus/*.txt), normalized by hand (ASCII digits and punctuation, lower-case
// Latin).
#include "text/numbers.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "text/dates.h"

namespace bilat::text {
namespace {

std::string Format(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// "text=value[..high] tag" per amount, joined by " | ". The tag is the
// currency for money, "%" (or "% 百分点") for percentages, "<unit> quantity"
// or "<unit> count" otherwise.
std::string Describe(std::string_view text, const std::vector<Amount>& amounts) {
  std::string out;
  for (const auto& a : amounts) {
    if (!out.empty()) out += " | ";
    out += text.substr(a.begin, a.end - a.begin);
    out += '=';
    out += Format(a.value);
    if (a.is_range()) {
      out += "..";
      out += Format(a.high);
    }
    switch (a.kind) {
      case Amount::Kind::kMoney: out += " " + a.currency; break;
      case Amount::Kind::kPercent: out += a.unit.empty() ? " %" : " % " + a.unit; break;
      case Amount::Kind::kQuantity: out += " " + a.unit + " quantity"; break;
      case Amount::Kind::kCount: out += " " + a.unit + " count"; break;
    }
  }
  return out;
}

struct Row {
  std::string_view input;
  std::string_view expected;
};

void CheckRows(std::initializer_list<Row> rows) {
  for (const auto& row : rows) {
    CAPTURE(row.input);
    CHECK(Describe(row.input, FindAmounts(row.input)) == row.expected);
  }
}

TEST_CASE("text/numbers: ParseNumber") {
  struct NumberRow {
    std::string_view input;
    std::optional<double> expected;
  };
  for (const auto& row : std::initializer_list<NumberRow>{
           {"1,659", 1659},
           {"100,000", 100000},
           {"57.9", 57.9},
           {"1.3万", 13000},
           {"57.9万", 579000},
           {"224.3亿", 22430000000},
           {"1659亿", 165900000000},
           {"5千万", 50000000},
           {"1万亿", 1e12},
           {"3千", 3000},
           {"1.5 million", 1500000},
           {"两百四十七亿", 24700000000},
           {"一千五百万", 15000000},
           {"十二", 12},
           {"二十一", 21},
           {"三千四百五十三", 3453},
           {"一百零五", 105},
           {"〇", 0},
           {"零", 0},
           {"二〇一九", 2019},
           {"十", 10},
           {"二十点五", 20.5},
           {"12万美元", std::nullopt},
           {"1,2", std::nullopt},
           {"万象", std::nullopt},
           {"abc", std::nullopt},
           {"", std::nullopt},
       }) {
    CAPTURE(row.input);
    CHECK(ParseNumber(row.input) == row.expected);
  }
  // Absurd but finite: parsed, not capped (FindAmounts drops it).
  auto huge = ParseNumber("9999999亿亿");
  REQUIRE(huge);
  CHECK(*huge > kMaxPlausibleAmount);
  CHECK_FALSE(ParseNumber(std::string(400, '9')));  // overflows to infinity
}

TEST_CASE("text/numbers: money from the corpus") {
  CheckRows({
      {"两国双边贸易额于2012年达1500万美元,创下历史新高。", "1500万美元=15000000 USD"},
      {"2017年越南对朝鲜商品出口额达730万美元。到2018年达57.9万美元。",
       "730万美元=7300000 USD | 57.9万美元=579000 USD"},
      {"2021年,越中双边贸易额达1659亿美元,较2020年增长24.6%。",
       "1659亿美元=165900000000 USD | 24.6%=24.6 %"},
      {"今年前8月,越中进出口额达1174亿美元,较2021年同期增长10.8%。",
       "1174亿美元=117400000000 USD | 10.8%=10.8 %"},
      {"有效期项目3453个,注册资金总额224.3亿美元。", "3453个=3453 个 count | 224.3亿美元=22430000000 USD"},
      {"今年前8月,在对越南投资的94个国家和地区中,中国以投资项目143个,注册资金14亿美元位居第四。",
       "94个=94 个 count | 143个=143 个 count | 14亿美元=1400000000 USD"},
      {"2024年双边贸易额为6000万美元,2025年前三个月达2090万美元。",
       "6000万美元=60000000 USD | 2090万美元=20900000 USD"},
      {"目前白俄罗斯在越南开展3个投资项目,总投资额为3220万美元。而越南方面则有一个对白俄罗斯的投资项目,投资规模为81万美元。",
       "3个=3 个 count | 3220万美元=32200000 USD | 81万美元=810000 USD"},
      {"去年,两国双边贸易额达到两百四十七亿美元。", "两百四十七亿美元=24700000000 USD"},
      {"2016年提供的12万美元的现金援助等", "12万美元=120000 USD"},
  });
}

TEST_CASE("text/numbers: currencies") {
  CheckRows({
      {"5000万欧元", "5000万欧元=50000000 EUR"},
      {"100亿日元", "100亿日元=10000000000 JPY"},
      {"人民币100亿元", "人民币100亿元=10000000000 CNY"},
      {"3000元", "3000元=3000 CNY"},
      {"20亿元人民币", "20亿元人民币=2000000000 CNY"},
      {"2万亿越盾", "2万亿越盾=2000000000000 VND"},
      {"100万英镑", "100万英镑=1000000 GBP"},
      {"50亿卢布", "50亿卢布=5000000000 RUB"},
      {"10亿韩元", "10亿韩元=1000000000 KRW"},
      {"100万泰铢", "100万泰铢=1000000 THB"},
      {"us$1.5 billion", "us$1.5 billion=1500000000 USD"},
      {"投资$200万", "$200万=2000000 USD"},
      {"价值100 usd", "100 usd=100 USD"},
      {"一千五百万美元", "一千五百万美元=15000000 USD"},
      {"1000多万美元", "1000多万美元=10000000 USD"},
      {"9999999亿亿美元", ""},
      {"贸易额达1,659亿美元", "1,659亿美元=165900000000 USD"},
      {"售价£30与¥200", "£30=30 GBP | ¥200=200 CNY"},
      {"约é100欧元", "100欧元=100 EUR"},  // a two-byte letter before the number
  });
}

TEST_CASE("text/numbers: quantities, counts and percentages") {
  CheckRows({
      {"越南分别于1995年和1997年向朝鲜提供100吨大米和1.3万吨大米援助。",
       "100吨=100 吨 quantity | 1.3万吨=13000 吨 quantity"},
      {"在2000-2012年阶段,越南向朝鲜提供22700吨大米、5吨橡胶原料,2016年提供的12万美元的现金援助等。",
       "22700吨=22700 吨 quantity | 5吨=5 吨 quantity | 12万美元=120000 USD"},
      {"根据越南农业与环境部同古巴农业部之间达成的协议250吨无偿援助大米。", "250吨=250 吨 quantity"},
      {"累计至2022年8月20日,在对越投资的139个国家和地区中,中国位居第六", "139个=139 个 count"},
      {"截至目前,双方已16次举行两党理论研讨会。", "16次=16 次 count"},
      {"目前,旅居白俄罗斯越侨约500至600人。", "500至600人=500..600 人 count"},
      {"向200户优抚家庭、贫困户及特困家庭赠送春节慰问品", "200户=200 户 count"},
      {"使约50万名旅日越南人能够为其所住地社会做出更积极的贡献", "50万名=500000 名 count"},
      {"该队在波罗勉省(prey veng)境内已搜寻并归集到5具烈士遗骸。", "5具=5 具 count"},
      {"时隔11年后再次由越共中央总书记访问白俄罗斯", "11年=11 年 quantity"},
      {"越共中央总书记苏林于5月5日至12日出访行程的最后一站", ""},
      {"在2026丙午年春节即将到来和越南共产党建党96周年(1930.2.3-2026.2.3)之际", "96周年=96 周年 count"},
      {"百分之二十", "百分之二十=20 %"},
      {"增长1.5个百分点", "1.5个百分点=1.5 % 百分点"},
      {"5至6万吨", "5至6万吨=50000..60000 吨 quantity"},
      {"10%-15%", "10%-15%=10..15 %"},
      {"30多个国家", "30多个=30 个 count"},
      {"1万多人", "1万多人=10000 人 count"},
      {"5千米", "5千米=5 千米 quantity"},
      {"3个月", "3个月=3 个月 quantity"},
      {"两个", "两个=2 个 count"},
      {"三千四百五十三个", "三千四百五十三个=3453 个 count"},
  });
}

TEST_CASE("text/numbers: what is not an amount") {
  CheckRows({
      {"越南与朝鲜于1950年1月31日正式建立外交关系。", ""},
      {"2019年", ""},
      {"1月30日晚", ""},
      {"2025年前三个月", ""},
      {"最近的第21次会议于2024年9月在明斯克举行。", ""},
      {"第二次", ""},
      {"一个", ""},
      {"越共十四大服务小组组长", ""},
      {"同塔省军事指挥部(k91队)表示", ""},
      {"第119/2026/ubtvqh15号决议", ""},
      {"两国关系", ""},
      {"万象", ""},
      {"singapore airshow 2026", ""},
      {"2000年历史", ""},
      {"数十亿美元", ""},
      {"几十个国家", ""},
  });
}

TEST_CASE("text/numbers: amounts and dates never overlap") {
  std::string_view text = "2021年,越中双边贸易额达1659亿美元;2025年前三个月达2090万美元,5月11日至12日访问";
  auto dates = FindDates(text, DateContext{Date{2025, 5, 0}, false});
  auto amounts = FindAmounts(text, dates);
  CHECK(dates.size() == 3);
  CHECK(amounts.size() == 2);
  for (const auto& a : amounts) {
    for (const auto& d : dates) {
      CAPTURE(text.substr(a.begin, a.end - a.begin));
      CAPTURE(text.substr(d.begin, d.end - d.begin));
      CHECK((a.end <= d.begin || d.end <= a.begin));
    }
  }
  for (size_t i = 0; i + 1 < amounts.size(); ++i) CHECK(amounts[i].end <= amounts[i + 1].begin);
}

TEST_CASE("text/numbers: ReadNumeral reports where it stops") {
  auto n = ReadNumeral("一千五百万美元", 0);
  REQUIRE(n);
  CHECK(n->end == std::string_view("一千五百万").size());
  CHECK(n->chinese);
  auto year = ReadNumeral("二〇一九年", 0);
  REQUIRE(year);
  CHECK(year->positional);
  CHECK(year->value == 2019);
  auto arabic = ReadNumeral("达57.9万", 3);
  REQUIRE(arabic);
  CHECK(arabic->decimals == 1);
  CHECK_FALSE(ReadNumeral("万象", 0));
}

}  // namespace
}  // namespace bilat::text
