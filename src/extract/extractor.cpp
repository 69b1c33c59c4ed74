#include "extract/extractor.h"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

#include "extract/rule_context.h"

namespace bilat::extract {
namespace {

using link::Mention;
using link::SentenceAnalysis;

void AddCountries(const SentenceAnalysis& s, std::vector<std::string_view>* out) {
  for (const Mention& m : s.mentions) {
    if (m.kind == Mention::Kind::kPronoun || m.kind == Mention::Kind::kTitle || m.kind == Mention::Kind::kPlace)
      continue;
    auto add = [out](std::string_view c) {
      if (!c.empty() && std::find(out->begin(), out->end(), c) == out->end()) out->push_back(c);
    };
    if (m.kind == Mention::Kind::kPair)
      for (const auto& c : m.pair) add(c);
    else
      add(m.country);
  }
}

// A code's length and first 7 bytes in one word, so that codes are told
// apart by comparing words (equal words are equal codes up to 7 bytes).
uint64_t PackCode(std::string_view code) {
  uint64_t word = std::min<uint64_t>(code.size(), 0xFF) << 56;
  for (size_t i = 0; i < code.size() && i < 7; ++i) word |= uint64_t{static_cast<unsigned char>(code[i])} << (8 * i);
  return word;
}

// How often an item names each country (a pair abbreviation counts twice).
// An item names a few dozen at most, so a linear search over packed codes
// beats a map.
class CountryCounts {
 public:
  void Clear() { counts_.clear(); }
  void Add(std::string_view country, int n) {
    uint64_t packed = PackCode(country);
    for (Count& c : counts_)
      if (c.packed == packed && (country.size() <= 7 || c.country == country)) {
        c.count += n;
        return;
      }
    counts_.push_back({packed, country, n});
  }
  struct Count {
    uint64_t packed;
    std::string_view country;
    int count;
  };
  // The `n` most named, ties in alphabetical order (valid until the next Add or Clear).
  std::span<const Count> Top(size_t n) {
    auto end = counts_.begin() + static_cast<std::ptrdiff_t>(std::min(n, counts_.size()));
    std::partial_sort(counts_.begin(), end, counts_.end(), [](const Count& x, const Count& y) {
      return x.count != y.count ? x.count > y.count : x.country < y.country;
    });
    return {counts_.begin(), end};
  }

 private:
  std::vector<Count> counts_;
};

// The pair an item is about, into *pair: a pair abbreviation or two
// countries in its title; else the title's country with the body's most
// named other one; else the body's two most named; else none. *counts is
// scratch space.
void ItemPair(std::span<const SentenceAnalysis* const> sentences, size_t title_index, CountryCounts* counts,
              std::vector<std::string_view>* pair) {
  pair->clear();
  if (title_index < sentences.size()) {
    for (const Mention& m : sentences[title_index]->mentions)
      if (m.kind == Mention::Kind::kPair && m.pair.size() >= 2) {
        pair->assign(m.pair.begin(), m.pair.begin() + 2);
        return;
      }
    AddCountries(*sentences[title_index], pair);
  }
  counts->Clear();
  for (const auto* s : sentences)
    for (const Mention& m : s->mentions) {
      if (m.kind == Mention::Kind::kPair)
        for (const auto& c : m.pair) counts->Add(c, 2);
      else if (m.kind == Mention::Kind::kCountry || m.kind == Mention::Kind::kOrganization ||
               m.kind == Mention::Kind::kPerson)
        if (!m.country.empty()) counts->Add(m.country, 1);
    }
  // The title's countries come first; at most two of the most named are needed.
  for (const CountryCounts::Count& c : counts->Top(2)) {
    if (pair->size() >= 2) break;
    if (std::find(pair->begin(), pair->end(), c.country) == pair->end()) pair->emplace_back(c.country);
  }
  if (pair->size() > 2) pair->resize(2);
  if (pair->size() != 2) pair->clear();
}

size_t TitleIndex(const text::Document& doc, int item, std::span<const SentenceAnalysis* const> sentences) {
  for (size_t i = 0; i < sentences.size(); ++i) {
    const text::Sentence* s = sentences[i]->sentence;
    if (s->section == text::Section::kTitle) return i;
    if (item > 0 && sentences[i]->original == doc.items[item].title) return i;
  }
  for (size_t i = 0; i < sentences.size(); ++i)
    if (sentences[i]->sentence->section != text::Section::kCaption) return i;
  return 0;
}

// By item, into *pairs: the two countries it is about, or none. Reuses the
// buffers of *pairs and of this thread's scratch space.
void ItemPairs(const text::Document& doc, std::span<const SentenceAnalysis> sentences,
               std::vector<std::vector<std::string_view>>* pairs) {
  thread_local std::vector<const SentenceAnalysis*> by_item;
  thread_local CountryCounts counts;
  // The sentences item by item, each item's in document order (as they mostly are already).
  by_item.clear();
  for (const auto& s : sentences) by_item.push_back(&s);
  auto by_item_index = [](const SentenceAnalysis* x, const SentenceAnalysis* y) {
    return x->sentence->item < y->sentence->item;
  };
  if (!std::is_sorted(by_item.begin(), by_item.end(), by_item_index))
    std::stable_sort(by_item.begin(), by_item.end(), by_item_index);
  for (auto& pair : *pairs) pair.clear();
  pairs->resize(doc.items.size());
  for (auto first = by_item.begin(); first != by_item.end();) {
    int item = (*first)->sentence->item;
    auto last = std::find_if(first, by_item.end(),
                             [item](const SentenceAnalysis* s) { return s->sentence->item != item; });
    std::span<const SentenceAnalysis* const> sentences_of_item(first, last);
    ItemPair(sentences_of_item, TitleIndex(doc, item, sentences_of_item), &counts, &(*pairs)[item]);
    first = last;
  }
}

bool SameMonth(const std::string& a, const std::string& b) {
  return a.size() >= 7 && b.size() >= 7 && a.compare(0, 7, b, 0, 7) == 0;
}

// Moves the evidences of `from` that `into` lacks over to it.
void AppendEvidence(Event* into, Event&& from) {
  for (Evidence& ev : from.evidence) {
    bool seen = std::any_of(into->evidence.begin(), into->evidence.end(), [&ev](const Evidence& e) {
      return e.offset == ev.offset && e.rule == ev.rule;
    });
    if (!seen) into->evidence.push_back(std::move(ev));
  }
  if (from.section == "body") into->section = "body";
}

// An event being merged, with its dedup key computed once, when first
// needed: most events are told apart by their type, participants or offset.
// (The merge changes no field the key reads.)
class KeyedEvent {
 public:
  explicit KeyedEvent(Event* event) : event(event) {}
  const std::string& key() const {
    if (!has_key_) {
      key_ = event->Key();
      has_key_ = true;
    }
    return key_;
  }

  Event* event;

 private:
  mutable std::string key_;
  mutable bool has_key_ = false;
};

// Whether `b` states the same relation as `a` more vaguely or equally, so it
// folds into `a`.
bool FoldsInto(const KeyedEvent& keyed_a, const KeyedEvent& keyed_b) {
  const Event& a = *keyed_a.event;
  const Event& b = *keyed_b.event;
  if (a.type != b.type) return false;
  switch (a.type) {
    case EventType::kVisit:
      if (a.a.Key() != b.a.Key() || a.place != b.place) return false;
      return a.start.rfind(b.start, 0) == 0 || SameMonth(a.start, b.start);  // b vaguer, or the same month
    case EventType::kMeeting: {
      const std::string &a1 = a.a.Key(), &a2 = a.b.Key(), &b1 = b.a.Key(), &b2 = b.b.Key();
      if (!((a1 == b1 && a2 == b2) || (a1 == b2 && a2 == b1))) return false;
      return a.date.rfind(b.date, 0) == 0;  // b's date is empty or less precise
    }
    case EventType::kRelationsEstablished: {
      bool same = (a.a.country == b.a.country && a.b.country == b.b.country) ||
                  (a.a.country == b.b.country && a.b.country == b.a.country);
      return same && a.date.size() >= b.date.size() && a.date.compare(0, b.date.size(), b.date) == 0;
    }
    default:
      return keyed_a.key() == keyed_b.key();
  }
}

// An undated accord of the same two countries as a dated visit reported in
// the same item was concluded during that visit ("越老发表联合声明").
void DateAgreementsByVisits(std::vector<Event>* events) {
  for (Event& a : *events) {
    if (a.type != EventType::kAgreement || !a.date.empty() || a.parties.size() != 2) continue;
    for (const Event& v : *events) {
      if (v.type != EventType::kVisit || v.start.empty() || v.evidence.front().item != a.evidence.front().item)
        continue;
      bool same = (v.a.country == a.parties[0] && v.place == a.parties[1]) ||
                  (v.a.country == a.parties[1] && v.place == a.parties[0]);
      if (!same) continue;
      a.date = v.start;
      a.date_inferred = true;
      break;
    }
  }
}

// Rearranges *events to hold the events `order` points into it, in that
// order, and nothing else. Only the events that change place move: most keep
// theirs, as the rules find them sentence by sentence.
// *where_buffer and *held_buffer are scratch space.
void KeepInOrder(const std::vector<const KeyedEvent*>& order, std::vector<Event>* events,
                 std::vector<size_t>* where_buffer, std::vector<size_t>* held_buffer) {
  constexpr size_t kFree = SIZE_MAX;  // a place whose event is not kept, or moved away
  // Where each kept event is (by its index on entry), and which one each place holds.
  std::vector<size_t>& where = *where_buffer;
  std::vector<size_t>& held = *held_buffer;
  where.assign(events->size(), kFree);
  held.assign(events->size(), kFree);
  auto index_of = [events](const KeyedEvent* m) { return static_cast<size_t>(m->event - events->data()); };
  for (const KeyedEvent* m : order) where[index_of(m)] = held[index_of(m)] = index_of(m);
  for (size_t place = 0; place < order.size(); ++place) {
    size_t wanted = index_of(order[place]), from = where[wanted];  // from >= place: the places before are done
    if (from == place) continue;
    if (held[place] == kFree) {
      (*events)[place] = std::move((*events)[from]);
    } else {
      std::swap((*events)[place], (*events)[from]);
      where[held[place]] = from;
    }
    held[from] = held[place];
    held[place] = wanted;
    where[wanted] = place;
  }
  events->erase(events->begin() + static_cast<std::ptrdiff_t>(order.size()), events->end());
}

// The buffers of MergeEvents, reused from article to article in this thread.
struct MergeScratch {
  std::vector<KeyedEvent> keyed;
  std::vector<const KeyedEvent*> merged;
  // The same, by type: only an event of the same type folds into another.
  std::array<std::vector<const KeyedEvent*>, kEventTypes> merged_by_type;
  std::vector<size_t> where, held;  // KeepInOrder's

  // This thread's, emptied.
  static MergeScratch& ForThread() {
    thread_local MergeScratch scratch;
    scratch.keyed.clear();
    scratch.merged.clear();
    for (auto& of_type : scratch.merged_by_type) of_type.clear();
    return scratch;
  }
};

}  // namespace

std::vector<Event> MergeEvents(std::vector<Event> events) {
  MergeScratch& scratch = MergeScratch::ForThread();
  std::vector<KeyedEvent>& keyed = scratch.keyed;
  for (Event& e : events) keyed.emplace_back(&e);
  // Most precise first, so that vaguer mentions fold into them.
  std::stable_sort(keyed.begin(), keyed.end(), [](const KeyedEvent& x, const KeyedEvent& y) {
    size_t px = x.event->start.size() + x.event->date.size(), py = y.event->start.size() + y.event->date.size();
    return px > py;
  });
  std::vector<const KeyedEvent*>& merged = scratch.merged;
  for (const KeyedEvent& e : keyed) {
    auto& candidates = scratch.merged_by_type[static_cast<size_t>(e.event->type)];
    auto it = std::find_if(candidates.begin(), candidates.end(), [&e](const KeyedEvent* m) { return FoldsInto(*m, e); });
    if (it == candidates.end()) {
      merged.push_back(&e);
      candidates.push_back(&e);
      continue;
    }
    Event& into = *(*it)->event;
    if (into.status.empty()) into.status = e.event->status;
    AppendEvidence(&into, std::move(*e.event));
  }
  for (const KeyedEvent* m : merged)
    if (m->event->type == EventType::kVisit && m->event->status.empty()) m->event->status = "done";
  std::stable_sort(merged.begin(), merged.end(), [](const KeyedEvent* x, const KeyedEvent* y) {
    size_t offset_x = x->event->evidence.front().offset, offset_y = y->event->evidence.front().offset;
    if (offset_x != offset_y) return offset_x < offset_y;
    return x->key() < y->key();
  });
  KeepInOrder(merged, &events, &scratch.where, &scratch.held);
  return events;
}

Extractor::Extractor(const gazetteer::Gazetteer& gazetteer)
    : gazetteer_(gazetteer), linker_(gazetteer, Triggers::SetNames()), triggers_(gazetteer, linker_.lexicon()) {}

void Extractor::AnalyzeDocument(const text::Document& doc, bool complete_all, AnalyzedDocument* out) const {
  if (out->sentences.size() < doc.sentences.size()) out->sentences.resize(doc.sentences.size());
  out->count = doc.sentences.size();
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const text::Sentence& s = doc.sentences[i];
    const text::Item& item = doc.items[s.item];
    SentenceAnalysis& analysis = out->sentences[i];
    linker_.AnalyzeAliases(doc.SentenceText(s), &s, {item.reference, item.reference_inferred}, &analysis);
    if (complete_all || s.section == text::Section::kTitle ||
        triggers_.anchors.Contains(analysis.words, 0, analysis.norm().size()))
      linker_.Complete(&analysis);
  }
  ItemPairs(doc, out->analyzed(), &out->pairs);
}

Extractor::AnalyzedDocument& Extractor::ThreadDocument() {
  thread_local AnalyzedDocument analyzed;
  return analyzed;
}

std::vector<SentenceAnalysis> Extractor::Analyze(const text::Document& doc) const {
  AnalyzedDocument analyzed;
  AnalyzeDocument(doc, /*complete_all=*/true, &analyzed);
  // The rules read a pronoun's countries from its item; here they are shown.
  for (auto& s : analyzed.sentences)
    for (Mention& m : s.mentions)
      if (m.kind == Mention::Kind::kPronoun) m.pair = analyzed.pairs[s.sentence->item];
  return std::move(analyzed.sentences);
}

std::vector<Event> Extractor::Extract(const text::Document& doc) const {
  AnalyzedDocument& analyzed = ThreadDocument();
  AnalyzeDocument(doc, /*complete_all=*/false, &analyzed);
  const std::span<const SentenceAnalysis> sentences = analyzed.analyzed();
  std::vector<Event> events;
  // About one event per sentence the rules read: growing the vector would
  // move every Event found so far, string by string.
  events.reserve(static_cast<size_t>(
      std::count_if(sentences.begin(), sentences.end(), [](const SentenceAnalysis& s) { return s.complete; })));
  ItemState state;
  int current_item = -1;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const SentenceAnalysis& s = sentences[i];
    if (s.sentence->item != current_item) {
      current_item = s.sentence->item;
      state = ItemState{};
      state.pair = analyzed.pairs[current_item];
    }
    if (!s.complete) {
      state.last_trade.reset();  // no rule's anchor: nothing to find, and a trade series ends
      continue;
    }
    RuleContext c{s, triggers_, state, doc.id};
    const SentenceAnalysis* next =
        i + 1 < sentences.size() && sentences[i + 1].sentence->item == current_item ? &sentences[i + 1] : nullptr;
    size_t found = events.size();  // the first event the rules find in this sentence
    FindVisits(c, gazetteer_, &events);
    FindMeetings(c, gazetteer_, &events);
    FindTrade(c, &events);
    FindAgreements(c, gazetteer_, next, &events);
    FindRelationsEstablished(c, &events);
    FindAid(c, &events);
    if (state.last_trade && s.amounts().empty()) state.last_trade.reset();  // a sentence without figures ends a series
    for (size_t k = found; k < events.size(); ++k) {
      Event& e = events[k];
      if (e.type == EventType::kVisit && !e.start.empty()) {
        state.last_visit_date = e.start;
        state.last_visit_inferred = e.date_inferred;
      }
      if (e.type == EventType::kTrade) state.last_trade = TradeSeries{e.flow, e.a.country, e.b.country};
      e.evidence.front().item = current_item;
    }
  }
  DateAgreementsByVisits(&events);
  return MergeEvents(std::move(events));
}

}  // namespace bilat::extract
