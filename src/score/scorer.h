// Scorer: compares extracted events with gold relations per type, as the
// "Scoring" section of shared/gold/SCHEMA.md says. Each side is first
// deduplicated on (article, Event::Key()); a key is matched when some key of
// the other side in the same article matches it by the rules of match.h.
// Precision = matched extracted keys / extracted keys, recall = matched gold
// keys / gold keys; a ratio over zero keys is 1 when both sides are empty and
// 0 otherwise. Extracted events of articles that have no gold file are left
// out and counted. Pure functions over values; thread-safe.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "extract/event.h"
#include "score/gold.h"
#include "util/status.h"

namespace bilat::score {

struct TypeScore {
  std::string name;              // "visit", ..., "aid", "visit (country level)"
  size_t extracted = 0;          // distinct extracted keys
  size_t gold = 0;               // distinct gold keys
  size_t matched_extracted = 0;  // extracted keys matching some gold key
  size_t matched_gold = 0;       // gold keys matched by some extracted key
  std::vector<extract::Event> misses;      // gold keys not matched, in gold order
  std::vector<extract::Event> false_hits;  // extracted keys not matched, in input order

  double precision() const;
  double recall() const;
  double f1() const;  // 0 when precision + recall is 0
};

struct ScoreReport {
  std::vector<TypeScore> types;  // one per extract::EventType, in enum order
  // Visits matched on (visitor_country, host, year) alone, over the same
  // deduplicated visit keys as types[visit].
  TypeScore visit_country;
  size_t ignored_events = 0;  // extracted events of articles without gold
};

ScoreReport Score(const std::vector<extract::Event>& extracted, const std::vector<GoldDoc>& gold);

// Reads JSON Lines as written by `bilat extract`, skipping blank lines.
// `name` is the display name in errors, which read "name:line: message".
Status ReadEventLines(std::istream& in, const std::string& name, std::vector<extract::Event>* out);

}  // namespace bilat::score
