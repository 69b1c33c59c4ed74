#include "score/scorer.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "extract/event_json.h"
#include "score/match.h"

namespace bilat::score {
namespace {

using extract::Event;
using extract::EventType;

constexpr EventType kTypes[] = {EventType::kVisit,   EventType::kTrade,
                                EventType::kAgreement, EventType::kMeeting,
                                EventType::kRelationsEstablished, EventType::kAid};

double Ratio(size_t matched, size_t total, size_t other_total) {
  if (total == 0) return other_total == 0 ? 1.0 : 0.0;
  return static_cast<double>(matched) / static_cast<double>(total);
}

// The events of one type, first of each (article, key), in input order.
std::vector<const Event*> Dedupe(const std::vector<const Event*>& events, EventType type) {
  std::set<std::string> seen;
  std::vector<const Event*> out;
  for (const Event* e : events)
    if (e->type == type && seen.insert(DocId(e->doc) + '\x1f' + e->Key()).second) out.push_back(e);
  return out;
}

using MatchFn = bool (*)(const Event& extracted, const Event& gold);

// Marks matches between the two deduplicated sides, comparing only events of
// the same article.
TypeScore Compare(std::string name, const std::vector<const Event*>& extracted,
                  const std::vector<const Event*>& gold, MatchFn match) {
  std::map<std::string, std::vector<size_t>> gold_by_doc;
  for (size_t i = 0; i < gold.size(); ++i) gold_by_doc[DocId(gold[i]->doc)].push_back(i);
  std::vector<bool> gold_hit(gold.size(), false);
  TypeScore score;
  score.name = std::move(name);
  score.extracted = extracted.size();
  score.gold = gold.size();
  for (const Event* e : extracted) {
    bool hit = false;
    auto it = gold_by_doc.find(DocId(e->doc));
    if (it != gold_by_doc.end())
      for (size_t i : it->second)
        if (match(*e, *gold[i])) hit = gold_hit[i] = true;
    if (hit) ++score.matched_extracted;
    else score.false_hits.push_back(*e);
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold_hit[i]) ++score.matched_gold;
    else score.misses.push_back(*gold[i]);
  }
  return score;
}

}  // namespace

double TypeScore::precision() const { return Ratio(matched_extracted, extracted, gold); }
double TypeScore::recall() const { return Ratio(matched_gold, gold, extracted); }
double TypeScore::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

ScoreReport Score(const std::vector<Event>& extracted, const std::vector<GoldDoc>& gold) {
  ScoreReport report;
  std::set<std::string> gold_docs;
  std::vector<const Event*> gold_events, kept;
  for (const GoldDoc& doc : gold) {
    gold_docs.insert(DocId(doc.doc));
    for (const Event& e : doc.relations) gold_events.push_back(&e);
  }
  for (const Event& e : extracted) {
    if (gold_docs.count(DocId(e.doc))) kept.push_back(&e);
    else ++report.ignored_events;
  }
  for (EventType type : kTypes)
    report.types.push_back(
        Compare(extract::EventTypeName(type), Dedupe(kept, type), Dedupe(gold_events, type), &Matches));
  report.visit_country = Compare("visit (country level)", Dedupe(kept, EventType::kVisit),
                                 Dedupe(gold_events, EventType::kVisit), &CountryLevelVisitMatches);
  return report;
}

Status ReadEventLines(std::istream& in, const std::string& name, std::vector<Event>* out) {
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = name + ":" + std::to_string(number);
    nlohmann::json json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) return Status::BadData(where, "not valid JSON");
    Event event;
    std::string error;
    if (!extract::EventFromJson(json, &event, &error)) return Status::BadData(where, error);
    out->push_back(std::move(event));
  }
  if (in.bad()) return Status::IOError(name, "read error");
  return Status::Ok();
}

}  // namespace bilat::score
