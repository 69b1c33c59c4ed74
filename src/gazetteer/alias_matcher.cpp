#include "gazetteer/alias_matcher.h"

#include <algorithm>
#include <bit>

namespace bilat::gazetteer {

uint32_t AliasMatcher::AddKey(std::string_view normalized_key) {
  auto [it, added] = key_index_.try_emplace(std::string(normalized_key), keys_.size());
  if (added) keys_.emplace_back(normalized_key);
  return it->second;
}

namespace {

size_t PowerOfTwoAtLeast(size_t n) { return std::bit_ceil(std::max<size_t>(n, 16)); }

}  // namespace

void AliasMatcher::Compile() {
  // Insert every key into a table sized for one transition per byte, then
  // move the transitions into one sized for those that exist.
  size_t bytes = 0;
  for (const std::string& key : keys_) bytes += key.size();
  std::vector<Slot> building(PowerOfTwoAtLeast(bytes * 2));
  nodes_.assign(1, Node{});
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    std::string_view key = keys_[k];
    uint32_t node = 0;
    for (size_t i = 0, length = 0; i < key.size(); i += length) {
      uint32_t cp = CodePointAt(key, i, &length);
      Slot& slot = building[Probe(building, node, cp)];
      if (slot.child == 0) {
        slot = Slot{node, cp, static_cast<uint32_t>(nodes_.size())};
        nodes_[node].has_children = true;
        nodes_.emplace_back();
      }
      node = slot.child;
    }
    nodes_[node].key = static_cast<int32_t>(k);
  }
  slots_.assign(PowerOfTwoAtLeast((nodes_.size() - 1) * 2), Slot{});
  slot_mask_ = slots_.size() - 1;
  for (const Slot& slot : building) {
    if (slot.child == 0) continue;
    slots_[Probe(slots_, slot.node, slot.code_point)] = slot;
    if (slot.node == 0 && slot.code_point < 0x10000)
      first_code_points_[slot.code_point >> 6] |= uint64_t{1} << (slot.code_point & 63);
  }
  key_index_.clear();
  compiled_ = true;
}

bool AliasMatcher::LongestAt(std::string_view text, size_t pos, Match* match) const {
  if (!compiled_) return false;
  bool found = false;
  ForEachAt(text, pos, [&](uint32_t key, size_t end) {
    if (!BoundaryOk(text, pos, end)) return;
    *match = Match{pos, end, key};
    found = true;
  });
  return found;
}

std::vector<AliasMatcher::Match> AliasMatcher::FindAll(std::string_view text) const {
  std::vector<Match> matches;
  size_t pos = 0;
  while (pos < text.size()) {
    Match m;
    if (MayStartAt(text, pos) && LongestAt(text, pos, &m)) {
      matches.push_back(m);
      pos = m.end;
      continue;
    }
    ++pos;
    while (pos < text.size() && ((unsigned char)text[pos] & 0xC0) == 0x80) ++pos;
  }
  return matches;
}

int64_t AliasMatcher::Lookup(std::string_view normalized_key) const {
  int64_t found = -1;
  if (!compiled_ || normalized_key.empty()) return found;
  ForEachAt(normalized_key, 0, [&](uint32_t key, size_t end) {
    if (end == normalized_key.size()) found = key;
  });
  return found;
}

}  // namespace bilat::gazetteer
