// AliasMatcher: finds gazetteer aliases in normalized text, leftmost-longest,
// in one pass. Compiled once from normalized keys into a trie over code
// points whose transitions live in one open-addressing hash table, with a
// bit per BMP code point that starts a key, so that most positions cost one
// bit test and each step one probe. Immutable afterwards; thread-safe.
//
// Keys and text must both be normalized (text/normalize.h) and valid UTF-8.
// A key that begins (ends) with a Latin letter or digit matches only where
// the text has no Latin letter or digit just before (after) it, so "to lam"
// does not match inside "tomato lamb".
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/utf8.h"

namespace bilat::gazetteer {

class AliasMatcher {
 public:
  struct Match {
    size_t begin = 0;  // byte span in the normalized text
    size_t end = 0;
    uint32_t key = 0;  // index of the key, as returned by AddKey
  };

  // Adds a key (already normalized, non-empty) and returns its index; adding
  // the same key twice returns the same index.
  uint32_t AddKey(std::string_view normalized_key);
  // Freezes the trie. REQUIRES: called once, after the last AddKey.
  void Compile();

  size_t key_count() const { return keys_.size(); }
  const std::string& key(uint32_t index) const { return keys_[index]; }

  // Leftmost-longest, non-overlapping matches, in text order.
  std::vector<Match> FindAll(std::string_view text) const;
  // The longest key starting exactly at `pos`, if any.
  bool LongestAt(std::string_view text, size_t pos, Match* match) const;
  // The key's index if `text` is exactly a key, else -1.
  int64_t Lookup(std::string_view normalized_key) const;

  // Whether some key can start with code point `cp` (a bit test in the BMP).
  bool MayStart(uint32_t cp) const { return cp >= 0x10000 || (first_code_points_[cp >> 6] >> (cp & 63) & 1); }
  // Whether some key can start at `pos`.
  bool MayStartAt(std::string_view text, size_t pos) const { return MayStart(CodePointAt(text, pos, nullptr)); }
  // Calls f(key, end) for every key starting at `pos`, shortest first,
  // whatever the Latin word boundaries around it.
  template <typename F>
  void ForEachAt(std::string_view text, size_t pos, F&& f) const {
    if (pos >= text.size()) return;
    size_t length;
    uint32_t first = CodePointAt(text, pos, &length);
    ForEachFromNode(text, Step(0, first), pos + length, f);
  }
  // The code point at `pos` and its byte length; a truncated sequence or a
  // continuation byte reads as U+FFFF, a noncharacter no key holds.
  static uint32_t CodePointAt(std::string_view text, size_t pos, size_t* length) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    const size_t n = kSequenceLength[*p];
    if (length) *length = n;
    if (n == 3 && text.size() - pos >= 3)  // most of Chinese text
      return (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
    if (n == 1) return *p < 0x80 ? *p : 0xFFFF;  // a continuation byte: U+FFFF
    if (n > text.size() - pos) return 0xFFFF;
    if (n == 2) return (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu);
    return (p[0] & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
  }
  // Whether a key starting at `begin` (ending at `end`) would continue a
  // Latin word of the text: such a match does not count.
  static bool GluedBefore(std::string_view text, size_t begin) {
    return begin > 0 && begin < text.size() && IsLatinLeadAt(text, begin) &&
           IsLatinLeadAt(text, text::PrevCodePointStart(text, begin));
  }
  static bool GluedAfter(std::string_view text, size_t end) { return GluedBefore(text, end); }

 private:
  struct Node {
    int32_t key = -1;           // the key ending here, or -1
    bool has_children = false;  // a leaf ends the walk without another step
  };
  struct Slot {
    uint32_t node = 0;
    uint32_t code_point = 0;
    uint32_t child = 0;  // 0: empty (the root is never a child)
  };

  // ForEachAt from `node`, with the text going on at byte `i`: f gets every
  // key ending at `node` or below it.
  template <typename F>
  void ForEachFromNode(std::string_view text, uint32_t node, size_t i, F&& f) const {
    while (node != 0) {
      const Node& n = nodes_[node];
      if (n.key >= 0) f(static_cast<uint32_t>(n.key), i);
      if (!n.has_children || i >= text.size()) return;
      size_t length;
      node = Step(node, CodePointAt(text, i, &length));
      i += length;
    }
  }
  // The node reached from `node` (the root is 0) by `code_point`; 0 if none.
  uint32_t Step(uint32_t node, uint32_t code_point) const {
    if (slots_.empty()) return 0;
    const uint64_t h = Hash(node, code_point);
    for (size_t i = static_cast<size_t>(h >> 32) & slot_mask_;; i = (i + 1) & slot_mask_) {
      const Slot& s = slots_[i];
      if (s.child == 0) return 0;
      if (s.node == node && s.code_point == code_point) return s.child;
    }
  }
  static uint64_t Hash(uint32_t node, uint32_t code_point) {
    return (uint64_t{node} << 21 | code_point) * 0x9E3779B97F4A7C15ull;
  }
  // Where a transition's probe starts in a table of `mask` + 1 slots.
  static size_t HomeSlot(uint32_t node, uint32_t code_point, size_t mask) {
    return static_cast<size_t>(Hash(node, code_point) >> 32) & mask;
  }
  // The slot of `table` (a power of two in size, never full) that holds the
  // transition, or the empty one where it would go.
  static size_t Probe(const std::vector<Slot>& table, uint32_t node, uint32_t code_point) {
    const size_t mask = table.size() - 1;
    for (size_t i = HomeSlot(node, code_point, mask);; i = (i + 1) & mask) {
      const Slot& s = table[i];
      if (s.child == 0 || (s.node == node && s.code_point == code_point)) return i;
    }
  }
  // Byte length of a UTF-8 sequence by its lead byte; 1 for a continuation byte.
  static constexpr std::array<uint8_t, 256> kSequenceLength = [] {
    std::array<uint8_t, 256> lengths{};
    for (size_t b = 0; b < 256; ++b) lengths[b] = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    return lengths;
  }();

  bool BoundaryOk(std::string_view text, size_t begin, size_t end) const {
    return !GluedBefore(text, begin) && !GluedAfter(text, end);
  }
  // Whether a Latin letter or digit starts at `pos`; Vietnamese letters with
  // diacritics lead with C3..C7, or E1 B8..BB (Latin Extended Additional).
  static bool IsLatinLeadAt(std::string_view text, size_t pos) {
    unsigned char c = text[pos];
    if (c >= 0xC3) return c <= 0xC7 || (c == 0xE1 && pos + 1 < text.size() &&
                                        static_cast<unsigned char>(text[pos + 1]) >= 0xB8 &&
                                        static_cast<unsigned char>(text[pos + 1]) <= 0xBB);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  std::vector<std::string> keys_;
  std::unordered_map<std::string, uint32_t> key_index_;  // until Compile()
  std::vector<Slot> slots_;        // transitions, open addressing
  size_t slot_mask_ = 0;           // slots_.size() - 1
  std::vector<Node> nodes_;        // the root is 0
  std::vector<uint64_t> first_code_points_ = std::vector<uint64_t>(0x10000 / 64, 0);
  bool compiled_ = false;
};

}  // namespace bilat::gazetteer
