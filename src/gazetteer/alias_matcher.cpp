#include "gazetteer/alias_matcher.h"

#include <algorithm>
#include <map>

#include "text/utf8.h"

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
  first_code_points_.assign(0x10000 / 64, 0);
  for (const std::string& k : keys_) {
    unsigned char c = k[0];
    uint32_t cp = 0x10000;  // beyond the bitmap: always tried
    if (c >= 0xC0 && c < 0xE0 && k.size() >= 2) cp = (c & 0x1F) << 6 | (k[1] & 0x3F);
    else if (c >= 0xE0 && c < 0xF0 && k.size() >= 3) cp = (c & 0x0F) << 12 | (k[1] & 0x3F) << 6 | (k[2] & 0x3F);
    if (cp < 0x10000) first_code_points_[cp / 64] |= uint64_t{1} << (cp % 64);
  }
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
  if (IsLatinLeadAt(text, begin) && begin > 0 && IsLatinLeadAt(text, text::PrevCodePointStart(text, begin)))
    return false;
  if (end < text.size() && IsLatinLeadAt(text, end) && IsLatinLeadAt(text, text::PrevCodePointStart(text, end)))
    return false;
  return true;
}

bool AliasMatcher::MayStartAt(std::string_view text, size_t pos) const {
  unsigned char c = text[pos];
  if (root_next_[c] == 0) return false;
  if (c < 0xC0 || c >= 0xF0) return true;
  uint32_t cp;
  if (c < 0xE0) {
    if (pos + 1 >= text.size()) return false;
    cp = (c & 0x1F) << 6 | (text[pos + 1] & 0x3F);
  } else {
    if (pos + 2 >= text.size()) return false;
    cp = (c & 0x0F) << 12 | (text[pos + 1] & 0x3F) << 6 | (text[pos + 2] & 0x3F);
  }
  return first_code_points_[cp / 64] >> (cp % 64) & 1;
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

bool AliasMatcher::FindFirst(std::string_view text, size_t from, size_t to, Match* match) const {
  if (!compiled_) return false;
  to = std::min(to, text.size());
  for (size_t pos = from; pos < to;) {
    if (MayStartAt(text, pos) && LongestAt(text.substr(0, to), pos, match)) return true;
    ++pos;
    while (pos < to && ((unsigned char)text[pos] & 0xC0) == 0x80) ++pos;
  }
  return false;
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
