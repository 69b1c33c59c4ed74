// AliasMatcher: finds gazetteer aliases in normalized text, leftmost-longest,
// in one pass. Compiled once from (normalized key, payload) pairs into a flat
// byte trie; immutable afterwards and safe to share across threads.
//
// Keys and text must both be normalized (text/normalize.h). A key that begins
// (ends) with a Latin letter or digit matches only where the text has no
// Latin letter or digit just before (after) it, so "to lam" does not match
// inside "tomato lamb".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  // The leftmost-longest match starting in [from, to) and ending by `to`.
  bool FindFirst(std::string_view text, size_t from, size_t to, Match* match) const;
  // The longest key starting exactly at `pos`, if any.
  bool LongestAt(std::string_view text, size_t pos, Match* match) const;
  // The key's index if `text` is exactly a key, else -1.
  int64_t Lookup(std::string_view normalized_key) const;

 private:
  struct Node {
    uint32_t first_edge = 0;  // into edges_
    uint32_t edge_count = 0;
    int64_t key = -1;         // key ending here, or -1
  };
  struct Edge {
    uint8_t byte;
    uint32_t target;
  };
  uint32_t Step(uint32_t node, uint8_t byte) const;  // 0: no edge (root is never a target)
  bool BoundaryOk(std::string_view text, size_t begin, size_t end) const;

  std::vector<std::string> keys_;
  std::unordered_map<std::string, uint32_t> key_index_;  // until Compile()
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  // Whether some key can start at pos: a table lookup for ASCII, a bit per
  // BMP code point otherwise, so that most positions cost no trie walk.
  bool MayStartAt(std::string_view text, size_t pos) const;

  uint32_t root_next_[256] = {};  // direct table for the root's edges
  std::vector<uint64_t> first_code_points_;  // bit per BMP code point that starts a key
  bool compiled_ = false;
};

}  // namespace bilat::gazetteer
