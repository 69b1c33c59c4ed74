#include "link/double_array_trie.h"

#include <algorithm>
#include <deque>
#include <map>
#include <numeric>
#include <stdexcept>

namespace bilat::link {
namespace {

std::vector<uint32_t> CodePoints(std::string_view key) {
  std::vector<uint32_t> cps;
  for (size_t i = 0, length = 0; i < key.size(); i += length)
    cps.push_back(gazetteer::AliasMatcher::CodePointAt(key, i, &length));
  return cps;
}

}  // namespace

// Places the keys, sorted by their class sequences, breadth first: a node's
// children go to the lowest base where every one of their units is free.
// Breadth first puts the shallow nodes, where nearly every walk of a text
// ends, together at the front of the array, and the deep ones (long Latin
// names) behind them, so that the part a scan touches is small.
class DoubleArrayTrie::Builder {
 public:
  Builder(DoubleArrayTrie* trie, std::vector<std::vector<uint32_t>> keys) : trie_(*trie), keys_(std::move(keys)) {
    order_.resize(keys_.size());
    std::iota(order_.begin(), order_.end(), 0);
    std::sort(order_.begin(), order_.end(), [this](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
    for (size_t i = 1; i < order_.size(); ++i)
      if (keys_[order_[i - 1]] == keys_[order_[i]]) throw std::invalid_argument("double-array trie: a key twice");
  }

  void Build() {
    Grow(1);
    used_[0] = 1;
    queue_.push_back({kRoot, 0, order_.size(), 0});
    while (!queue_.empty()) {
      const Pending next = queue_.front();
      queue_.pop_front();
      Place(next);
    }
    // Every unit a step can reach exists: base + any class.
    Grow(max_base_ + trie_.class_count_ + 1);
    trie_.narrow_checks_.resize(checks_.size());
    std::transform(checks_.begin(), checks_.end(), trie_.narrow_checks_.begin(),
                   [](uint32_t check) { return static_cast<uint16_t>(check); });
    if (checks_.size() > 0xFFFF) trie_.checks_ = std::move(checks_);
  }

 private:
  // A node to fill from the keys order_[lo, hi), which share their first
  // `depth` classes.
  struct Pending {
    uint32_t node;
    size_t lo, hi, depth;
  };

  // Fills the node, places its children (and its value, as class 0) and
  // queues them.
  void Place(Pending p) {
    auto [node, lo, hi, depth] = p;
    int64_t value = -1;
    if (lo < hi && keys_[order_[lo]].size() == depth) value = order_[lo++];
    if (value > kPayloadMask) throw std::length_error("double-array trie: too many keys");
    auto& children = children_;
    children.clear();
    if (value >= 0 && lo < hi) children.emplace_back(0, lo);
    for (size_t k = lo; k < hi; ++k) {
      const uint32_t c = keys_[order_[k]][depth];
      if (children.empty() || children.back().first != c) children.emplace_back(c, k);
    }
    if (lo == hi) {  // a leaf (or the root of no keys)
      if (value >= 0) trie_.infos_[node] = kLeaf | static_cast<uint32_t>(value);
      return;
    }
    const uint32_t base = node == kRoot ? 0 : FindBase(children);
    Grow(base + children.back().first + 1);
    trie_.infos_[node] = base | (value >= 0 ? kHasValue : 0);
    for (const auto& [c, first] : children) {
      used_[base + c] = 1;
      checks_[base + c] = node;
    }
    for (size_t i = 0; i < children.size(); ++i) {
      const size_t end = i + 1 < children.size() ? children[i + 1].second : hi;
      if (children[i].first == 0)
        trie_.infos_[base] = kLeaf | static_cast<uint32_t>(value);
      else
        queue_.push_back({base + children[i].first, children[i].second, end, depth + 1});
    }
  }

  // The lowest base >= 0 whose units for all `children` are free.
  uint32_t FindBase(const std::vector<std::pair<uint32_t, size_t>>& children) {
    while (first_free_ < used_.size() && used_[first_free_]) ++first_free_;
    const uint32_t first_class = children.front().first;
    for (size_t pos = std::max<size_t>(first_free_, first_class);; ++pos) {
      Grow(pos + 1);
      if (used_[pos]) continue;
      const size_t base = pos - first_class;
      if (base > kPayloadMask) throw std::length_error("double-array trie: too many nodes");
      bool fits = true;
      for (const auto& child : children) {
        Grow(base + child.first + 1);
        if (used_[base + child.first]) {
          fits = false;
          break;
        }
      }
      if (!fits) continue;
      max_base_ = std::max(max_base_, base);
      return static_cast<uint32_t>(base);
    }
  }

  void Grow(size_t size) {
    if (size <= used_.size()) return;
    used_.resize(size, 0);
    checks_.resize(size, kFree);
    trie_.infos_.resize(size, 0);
  }

  DoubleArrayTrie& trie_;
  std::vector<std::vector<uint32_t>> keys_;  // as classes
  std::vector<uint32_t> order_;              // key indices, sorted by classes
  std::vector<uint8_t> used_;  // 0 or 1: vector<bool> is slow to probe
  std::vector<uint32_t> checks_;  // as the trie's, in full
  std::deque<Pending> queue_;
  std::vector<std::pair<uint32_t, size_t>> children_;  // of the node being placed: (class, first key)
  size_t first_free_ = 1;
  size_t max_base_ = 0;
};

DoubleArrayTrie::DoubleArrayTrie(const std::vector<std::string_view>& keys)
    : bmp_classes_(0x10000, 0), bmp_starts_(0x10000 / 64, 0) {
  std::vector<std::vector<uint32_t>> sequences;
  for (std::string_view key : keys) {
    sequences.push_back(CodePoints(key));
    if (sequences.back().empty()) throw std::invalid_argument("double-array trie: empty key");
  }
  AssignClasses(sequences);
  for (auto& sequence : sequences)
    for (uint32_t& cp : sequence) cp = ClassOf(cp);
  Builder(this, std::move(sequences)).Build();
}

// The code points that start a key come first, in code point order, so that
// the root's children fill units 1..n; then the others, the ones more keys
// use first.
void DoubleArrayTrie::AssignClasses(const std::vector<std::vector<uint32_t>>& sequences) {
  struct Use {
    bool starts = false;
    size_t inner = 0;  // uses after a key's first code point
  };
  std::vector<Use> bmp(0x10000);
  std::map<uint32_t, Use> supplementary;
  auto use_of = [&](uint32_t cp) -> Use& { return cp < bmp.size() ? bmp[cp] : supplementary[cp]; };
  for (const auto& sequence : sequences) {
    use_of(sequence.front()).starts = true;
    for (size_t i = 1; i < sequence.size(); ++i) use_of(sequence[i]).inner++;
  }
  std::vector<uint32_t> starters;
  std::vector<std::pair<size_t, uint32_t>> others;  // (uses, code point)
  auto sort_in = [&](uint32_t cp, const Use& use) {
    if (use.starts)
      starters.push_back(cp);
    else if (use.inner > 0)
      others.emplace_back(use.inner, cp);
  };
  for (uint32_t cp = 0; cp < bmp.size(); ++cp) sort_in(cp, bmp[cp]);
  for (const auto& [cp, use] : supplementary) sort_in(cp, use);
  std::stable_sort(others.begin(), others.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  class_count_ = starters.size() + others.size();
  if (class_count_ > 0xFFFF) throw std::length_error("double-array trie: too many distinct code points");
  uint32_t next_class = 1;
  auto assign = [&](uint32_t cp) {
    if (cp < bmp_classes_.size())
      bmp_classes_[cp] = static_cast<uint16_t>(next_class++);
    else
      supplementary_.emplace_back(cp, next_class++);
  };
  for (uint32_t cp : starters) {
    assign(cp);
    if (cp < bmp_classes_.size()) bmp_starts_[cp >> 6] |= uint64_t{1} << (cp & 63);
  }
  starter_count_ = static_cast<uint32_t>(starters.size());
  for (const auto& [uses, cp] : others) assign(cp);
  std::sort(supplementary_.begin(), supplementary_.end());
}

uint32_t DoubleArrayTrie::SupplementaryClassOf(uint32_t cp) const {
  auto it = std::lower_bound(supplementary_.begin(), supplementary_.end(), std::pair<uint32_t, uint32_t>{cp, 0});
  return it != supplementary_.end() && it->first == cp ? it->second : 0;
}

}  // namespace bilat::link
