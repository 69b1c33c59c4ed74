#include "extract/event.h"

#include <algorithm>
#include <cstdio>

namespace bilat::extract {
namespace {

constexpr std::pair<EventType, const char*> kTypeNames[] = {
    {EventType::kVisit, "visit"},
    {EventType::kTrade, "trade"},
    {EventType::kAgreement, "agreement"},
    {EventType::kMeeting, "meeting"},
    {EventType::kRelationsEstablished, "relations_established"},
    {EventType::kAid, "aid"},
};

}  // namespace

const char* EventTypeName(EventType type) {
  for (auto [t, name] : kTypeNames)
    if (t == type) return name;
  return "?";
}

std::optional<EventType> ParseEventType(std::string_view name) {
  for (auto [t, n] : kTypeNames)
    if (name == n) return t;
  return std::nullopt;
}

std::string Event::Key() const {
  std::string key = EventTypeName(type);
  key.reserve(64);
  auto add = [&key](std::string_view part) {
    key += '|';
    key += part;
  };
  // Two parts in a fixed order, whichever participant named them first.
  auto add_unordered = [&add](const std::string& x, const std::string& y) {
    add(y < x ? y : x);
    add(y < x ? x : y);
  };
  switch (type) {
    case EventType::kVisit:
      add(a.Key()); add(place); add(start); break;
    case EventType::kTrade: {
      char value[32];
      std::snprintf(value, sizeof value, "%.0f", value_usd.value_or(0));
      add(a.country); add(b.country); add(flow); add(period); add(value); break;
    }
    case EventType::kAgreement: {
      std::vector<std::string_view> sorted(parties.begin(), parties.end());
      std::sort(sorted.begin(), sorted.end());
      for (std::string_view p : sorted) add(p);
      add(name); break;
    }
    case EventType::kMeeting:
      add_unordered(a.Key(), b.Key()); add(date); break;
    case EventType::kRelationsEstablished:
      add_unordered(a.country, b.country); break;
    case EventType::kAid:
      add(a.country); add(b.country); add(name); add(period); break;
  }
  return key;
}

}  // namespace bilat::extract
