#include "score/match.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

namespace bilat::score {
namespace {

using extract::Event;
using extract::EventType;

constexpr std::string_view kSpaces[] = {" ", "\t", "\xC2\xA0" /* U+00A0 */, "\xE3\x80\x80" /* U+3000 */};
constexpr std::string_view kDots[] = {"\xC2\xB7" /* · */, "\xE3\x83\xBB" /* ・ */, "\xE2\x80\xA7" /* ‧ */,
                                      "\xE2\x80\xA2" /* • */};
constexpr std::string_view kBrackets[] = {"\xE3\x80\x8A" /* 《 */, "\xE3\x80\x8B" /* 》 */};
constexpr std::string_view kHyphens[] = {
    "-", "\xE2\x80\x90" /* ‐ */, "\xE2\x80\x91" /* ‑ */, "\xE2\x80\x92" /* ‒ */, "\xE2\x80\x93" /* – */,
    "\xE2\x80\x94" /* — */, "\xE2\x80\x95" /* ― */, "\xEF\xBC\x8D" /* － */, "\xE2\x88\x92" /* − */};

// Removes every occurrence of the given marks. Marks are whole UTF-8
// characters whose first byte is never a continuation byte, so a match found
// at any byte position is a whole character of `text`.
std::string RemoveMarks(std::string_view text, const std::vector<std::string_view>& marks) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t skip = 0;
    for (std::string_view mark : marks)
      if (text.substr(i, mark.size()) == mark) skip = mark.size();
    if (skip == 0) out += text[i++];
    else i += skip;
  }
  return out;
}

template <size_t... N>
std::vector<std::string_view> Join(const std::string_view (&... lists)[N]) {
  std::vector<std::string_view> out;
  (out.insert(out.end(), std::begin(lists), std::end(lists)), ...);
  return out;
}

// Equal, or one contains the other; empty matches only empty.
bool EqualOrContained(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty();
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool SamePair(const Event& x, const Event& y) {
  return (x.a.country == y.a.country && x.b.country == y.b.country) ||
         (x.a.country == y.b.country && x.b.country == y.a.country);
}

bool SameOrderedPair(const Event& x, const Event& y) {
  return x.a.country == y.a.country && x.b.country == y.b.country;
}

std::vector<std::string> PartySet(const std::vector<std::string>& parties) {
  std::vector<std::string> set = parties;
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

bool TradeMatches(const Event& e, const Event& g) {
  if (e.flow != g.flow || e.period != g.period) return false;
  bool countries = g.flow == "bilateral" ? SamePair(e, g) : SameOrderedPair(e, g);
  return countries && ValuesMatch(e.value_usd, g.value_usd);
}

bool MeetingMatches(const Event& e, const Event& g) {
  bool straight = PersonsMatch(e.a.name, g.a.name) && PersonsMatch(e.b.name, g.b.name);
  bool crossed = PersonsMatch(e.a.name, g.b.name) && PersonsMatch(e.b.name, g.a.name);
  return (straight || crossed) && DatesMatch(e.date, g.date);
}

}  // namespace

std::string NormalizePersonName(std::string_view name) {
  static const std::vector<std::string_view> kMarks = Join(kSpaces, kDots);
  std::string out = RemoveMarks(name, kMarks);
  return (out == "None" || out == "null") ? "" : out;
}

std::string NormalizeAgreementName(std::string_view name) {
  static const std::vector<std::string_view> kMarks = Join(kSpaces, kDots, kBrackets, kHyphens);
  return RemoveMarks(name, kMarks);
}

bool PersonsMatch(std::string_view extracted, std::string_view gold) {
  return EqualOrContained(NormalizePersonName(extracted), NormalizePersonName(gold));
}

bool AgreementNamesMatch(std::string_view extracted, std::string_view gold) {
  return EqualOrContained(NormalizeAgreementName(extracted), NormalizeAgreementName(gold));
}

bool DatesMatch(std::string_view extracted, std::string_view gold) {
  return StartsWith(extracted, gold.substr(0, 7));  // "YYYY-MM"; a bare year stays whole
}

bool ValuesMatch(const std::optional<double>& extracted, const std::optional<double>& gold) {
  if (!extracted || !gold) return !extracted && !gold;
  return std::fabs(*extracted - *gold) <= 0.01 * std::fabs(*gold);
}

std::string DocId(std::string_view doc) {
  size_t slash = doc.find_last_of('/');
  if (slash != std::string_view::npos) doc.remove_prefix(slash + 1);
  constexpr std::string_view kTxt = ".txt";
  if (doc.size() > kTxt.size() && doc.substr(doc.size() - kTxt.size()) == kTxt) doc.remove_suffix(kTxt.size());
  return std::string(doc);
}

bool Matches(const Event& e, const Event& g) {
  switch (g.type) {
    case EventType::kVisit:
      return e.place == g.place && PersonsMatch(e.a.name, g.a.name) && DatesMatch(e.start, g.start);
    case EventType::kTrade:
      return TradeMatches(e, g);
    case EventType::kAgreement:
      return PartySet(e.parties) == PartySet(g.parties) && AgreementNamesMatch(e.name, g.name) &&
             DatesMatch(e.date, g.date);
    case EventType::kMeeting:
      return MeetingMatches(e, g);
    case EventType::kRelationsEstablished:
      return SamePair(e, g) && StartsWith(e.date, g.date);
    case EventType::kAid:
      return e.a.country == g.a.country && e.b.country == g.b.country && (g.period.empty() || e.period == g.period);
  }
  return false;
}

bool CountryLevelVisitMatches(const Event& e, const Event& g) {
  return e.a.country == g.a.country && e.place == g.place && StartsWith(e.start, g.start.substr(0, 4));
}

}  // namespace bilat::score
