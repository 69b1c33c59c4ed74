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

std::string PersonKey(const Participant& p) { return p.id.empty() ? p.name : p.id; }

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
  auto add = [&key](const std::string& part) { key += '|' + part; };
  switch (type) {
    case EventType::kVisit:
      add(PersonKey(a)); add(place); add(start); break;
    case EventType::kTrade: {
      char value[32];
      std::snprintf(value, sizeof value, "%.0f", value_usd.value_or(0));
      add(a.country); add(b.country); add(flow); add(period); add(value); break;
    }
    case EventType::kAgreement: {
      std::vector<std::string> sorted = parties;
      std::sort(sorted.begin(), sorted.end());
      for (const auto& p : sorted) add(p);
      add(name); break;
    }
    case EventType::kMeeting: {
      std::string x = PersonKey(a), y = PersonKey(b);
      if (y < x) std::swap(x, y);
      add(x); add(y); add(date); break;
    }
    case EventType::kRelationsEstablished: {
      std::string x = a.country, y = b.country;
      if (y < x) std::swap(x, y);
      add(x); add(y); break;
    }
    case EventType::kAid:
      add(a.country); add(b.country); add(name); add(period); break;
  }
  return key;
}

}  // namespace bilat::extract
