// Score reports as text: an aligned table (one line per type, then the
// country-level visit line) or JSON with the same content; with `errors`,
// each type's misses (gold not matched) and false hits (extracted not
// matched) with their article, key fields and evidence.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

#include "extract/event.h"
#include "score/scorer.h"

namespace bilat::score {

// The fields an event is matched on, for people to read, e.g.
// "金日成 (KP) -> VN 1964" or "VN-KP bilateral 2012 15000000 USD".
std::string KeyFields(const extract::Event& event);

void WriteScoreTable(std::ostream& out, const ScoreReport& report, bool errors);
nlohmann::ordered_json ScoreToJson(const ScoreReport& report, bool errors);

}  // namespace bilat::score
