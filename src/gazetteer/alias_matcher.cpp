#include "gazetteer/alias_matcher.h"

#include <algorithm>
#include <map>

namespace bilat::gazetteer {
namespace {

bool IsLatinWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Latin letters with diacritics (Vietnamese) are 2- or 3-byte sequences whose
// lead byte is in C3..C7 or E1 B8..BB (Latin Extended Additional).
bool IsLatinLeadAt(std::string_view text, size_t pos) {
  unsigned char c = text[pos];
  if (IsLatinWordByte(c)) return true;
  if (c >= 0xC3 && c <= 0xC7) return true;
  return c == 0xE1 && pos + 1 < text.size() && (unsigned char)text[pos + 1] >= 0xB8 &&
         (unsigned char)text[pos + 1] <= 0xBB;
}

// Start of the code point that ends just before `pos`.
size_t PrevCodePoint(std::string_view text, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && ((unsigned char)text[p] & 0xC0) == 0x80) --p;
  return p;
}

}  // namespace

uint32_t AliasMatcher::AddKey(std::string_view normalized_key) {
  auto [it, added] = key_index_.try_emplace(std::string(normalized_key), keys_.size());
  if (added) keys_.emplace_back(normalized_key);
  return it->second;
}

void AliasMatcher::Compile() {
  // Build a map-based trie, then flatten it breadth-first.
  std::vector<std::map<uint8_t, uint32_t>> children(1);
  std::vector<int64_t> key_at(1, -1);
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    uint32_t node = 0;
    for (unsigned char c : keys_[k]) {
      auto it = children[node].find(c);
      if (it == children[node].end()) {
        children.emplace_back();
        key_at.push_back(-1);
        it = children[node].emplace(c, children.size() - 1).first;
      }
      node = it->second;
    }
    key_at[node] = k;
  }
  nodes_.assign(children.size(), Node{});
  edges_.clear();
  for (uint32_t n = 0; n < children.size(); ++n) {
    nodes_[n].first_edge = static_cast<uint32_t>(edges_.size());
    nodes_[n].edge_count = static_cast<uint32_t>(children[n].size());
    nodes_[n].key = key_at[n];
    for (auto [byte, target] : children[n]) edges_.push_back({byte, target});
  }
  for (auto [byte, target] : children[0]) root_next_[byte] = target;
  key_index_.clear();
  compiled_ = true;
}

uint32_t AliasMatcher::Step(uint32_t node, uint8_t byte) const {
  if (node == 0) return root_next_[byte];
  const Node& n = nodes_[node];
  const Edge* first = edges_.data() + n.first_edge;
  const Edge* last = first + n.edge_count;
  const Edge* it = std::lower_bound(first, last, byte, [](const Edge& e, uint8_t b) { return e.byte < b; });
  return (it != last && it->byte == byte) ? it->target : 0;
}

bool AliasMatcher::BoundaryOk(std::string_view text, size_t begin, size_t end) const {
  if (IsLatinLeadAt(text, begin) && begin > 0 && IsLatinLeadAt(text, PrevCodePoint(text, begin)))
    return false;
  if (end < text.size() && IsLatinLeadAt(text, end) && IsLatinLeadAt(text, PrevCodePoint(text, end)))
    return false;
  return true;
}

bool AliasMatcher::LongestAt(std::string_view text, size_t pos, Match* match) const {
  if (!compiled_) return false;
  uint32_t node = 0;
  bool found = false;
  for (size_t i = pos; i < text.size(); ++i) {
    node = Step(node, static_cast<uint8_t>(text[i]));
    if (node == 0) break;
    if (nodes_[node].key >= 0 && BoundaryOk(text, pos, i + 1)) {
      *match = Match{pos, i + 1, static_cast<uint32_t>(nodes_[node].key)};
      found = true;
    }
  }
  return found;
}

std::vector<AliasMatcher::Match> AliasMatcher::FindAll(std::string_view text) const {
  std::vector<Match> matches;
  size_t pos = 0;
  while (pos < text.size()) {
    Match m;
    if (LongestAt(text, pos, &m)) {
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
  uint32_t node = 0;
  for (unsigned char c : normalized_key) {
    node = Step(node, c);
    if (node == 0) return -1;
  }
  return normalized_key.empty() ? -1 : nodes_[node].key;
}

}  // namespace bilat::gazetteer
