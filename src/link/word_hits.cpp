#include "link/word_hits.h"

#include <algorithm>
#include <string_view>

namespace bilat::link {

std::vector<WordHit>::const_iterator WordHits::FirstFrom(size_t pos) const {
  return std::lower_bound(hits_.begin(), hits_.end(), pos,
                          [](const WordHit& h, size_t p) { return h.begin < p; });
}

size_t WordHits::Find(uint64_t sets, size_t from, size_t to, size_t* length) const {
  if (!(sets & sets_present_)) return std::string_view::npos;  // no word of these sets at all
  for (auto it = FirstFrom(from); it != hits_.end() && it->begin < to; ++it) {
    // A word ending exactly at `to` is not checked against what follows.
    bool fits = it->end <= to && !it->glued_before && (!it->glued_after || it->end == to);
    if (!(it->sets & sets) || !fits) continue;
    size_t best = it->end;
    for (auto next = it + 1; next != hits_.end() && next->begin == it->begin; ++next)
      if ((next->sets & sets) && next->end <= to && (!next->glued_after || next->end == to)) best = next->end;
    if (length) *length = best - it->begin;
    return it->begin;
  }
  return std::string_view::npos;
}

bool WordHits::Contains(uint64_t sets, size_t from, size_t to) const {
  return Find(sets, from, to) != std::string_view::npos;
}

}  // namespace bilat::link
