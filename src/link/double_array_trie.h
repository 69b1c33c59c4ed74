// DoubleArrayTrie: a trie over code points laid out as a double array, for
// scanning text where most positions start no key. Code points are first
// mapped to dense classes (only those that occur in keys have one; the ones
// that start a key come first), then a node's child by class c sits at unit
// base + c and is real if that unit's check names the node. A step is one
// class load and one two-byte check load, and a walk reads a node's base
// and values only on the way down, so the walk mostly stays in the CPU's L2
// cache. Immutable; thread-safe.
//
// Keys and text are valid UTF-8. Text bytes that do not start a code point
// read as U+FFFF, which has no class, so they end a walk as a hash trie's
// lookup would.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/alias_matcher.h"

namespace bilat::link {

class DoubleArrayTrie {
 public:
  // Key k of `keys` (non-empty, no two alike) gets value k.
  explicit DoubleArrayTrie(const std::vector<std::string_view>& keys);

  // The node reached from the root by `cp`; 0 if no key starts with it.
  uint32_t Start(uint32_t cp) const { return StartWithClass(ClassOf(cp)); }
  // The same for the code point at byte `pos` of the text, whose length in
  // bytes goes to *length. Three-byte characters, most of Chinese text, that
  // start no key are told by a bitmap small enough to stay in the L1 cache.
  uint32_t StartAt(std::string_view text, size_t pos, size_t* length) const {
    if (uint32_t cp; ThreeByteAt(text, pos, &cp)) {
      *length = 3;
      return (bmp_starts_[cp >> 6] >> (cp & 63) & 1) != 0 ? bmp_classes_[cp] : 0;
    }
    return StartWithClass(ClassAt(text, pos, length));
  }
  // The units of the array, free ones included.
  size_t unit_count() const { return infos_.size(); }

  // Calls f(value, end) for `node` and every node below it along the text,
  // from byte `i` on, that ends a key: shortest first.
  template <typename F>
  void ForEachFrom(std::string_view text, uint32_t node, size_t i, F&& f) const {
    for (;;) {
      const uint32_t info = infos_[node];
      if (info & kLeaf) return f(info & kPayloadMask, i);
      const uint32_t base = info & kPayloadMask;
      if (info & kHasValue) f(infos_[base] & kPayloadMask, i);  // the value unit
      if (i >= text.size()) return;
      size_t length;
      const uint32_t c = ClassAt(text, i, &length);
      if (c == 0 || !IsChild(base + c, node)) return;
      node = base + c;
      i += length;
    }
  }

 private:
  // Unit u: checks_[u] holds its parent node (kRoot for the root's
  // children), kFree for a free unit. infos_[u] holds, for a leaf, its key's
  // value, and for an inner node the base of its children; if a key ends
  // there too, its value sits in the unit at base + 0 (class 0 is no code
  // point's), near the children a walk reads next.
  //
  // A step reads only the low 16 bits of a check (narrow_checks_), two bytes
  // a unit instead of four, so that the checks of the whole array (some
  // 95 KB for the gazetteer) mostly stay in the CPU's L2 cache. While there
  // are fewer than 2^16 units they are exact; past that (a far larger
  // gazetteer), a match is confirmed from the full checks.
  static constexpr uint32_t kFree = 0xFFFFFFFFu;
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kLeaf = 1u << 31;
  static constexpr uint32_t kHasValue = 1u << 30;
  static constexpr uint32_t kPayloadMask = kHasValue - 1;

  class Builder;

  uint32_t ClassOf(uint32_t cp) const { return cp < bmp_classes_.size() ? bmp_classes_[cp] : SupplementaryClassOf(cp); }
  // The class of the code point at `pos`, read as AliasMatcher::CodePointAt
  // reads it, with its byte length; three-byte sequences, most of Chinese
  // text, go straight to the table.
  uint32_t ClassAt(std::string_view text, size_t pos, size_t* length) const {
    if (uint32_t cp; ThreeByteAt(text, pos, &cp)) {
      *length = 3;
      return bmp_classes_[cp];
    }
    return ClassOf(gazetteer::AliasMatcher::CodePointAt(text, pos, length));
  }
  // Whether a three-byte lead with two more bytes stands at `pos`; if so,
  // *cp gets its code point, decoded as AliasMatcher::CodePointAt does.
  static bool ThreeByteAt(std::string_view text, size_t pos, uint32_t* cp) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    if ((p[0] & 0xF0u) != 0xE0u || text.size() - pos < 3) return false;
    *cp = (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
    return true;
  }
  // The starting classes are 1..starter_count_, the root's children (its base is 0).
  uint32_t StartWithClass(uint32_t c) const { return c - 1 < starter_count_ ? c : 0; }
  bool IsChild(uint32_t unit, uint32_t node) const {
    return narrow_checks_[unit] == static_cast<uint16_t>(node) && (checks_.empty() || checks_[unit] == node);
  }
  uint32_t SupplementaryClassOf(uint32_t cp) const;
  void AssignClasses(const std::vector<std::vector<uint32_t>>& sequences);

  std::vector<uint16_t> bmp_classes_;                         // by BMP code point; 0: none
  std::vector<uint64_t> bmp_starts_;                          // bit per BMP code point: starts a key
  uint32_t starter_count_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> supplementary_;  // (code point, class), sorted
  size_t class_count_ = 0;
  std::vector<uint16_t> narrow_checks_;  // unit 0 is the root
  std::vector<uint32_t> checks_;         // only with 2^16 units or more
  std::vector<uint32_t> infos_;
};

}  // namespace bilat::link
