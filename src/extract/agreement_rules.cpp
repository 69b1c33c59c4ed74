// Agreements: an accord named in 《》 or by a noun phrase ending in an accord
// noun (…协定, …联合声明, …备忘录), in a sentence with a signing verb (签署,
// 签订, 发表 ...) or followed by a sentence saying "该协定于…签署". Generic
// plurals (多项协议) and announcements (推动签署) are not agreements. Parties
// from the countries inside the title, then "X与Y之间", then the sentence's
// countries, then the item's pair.
#include <algorithm>

#include "extract/rule_context.h"
#include "text/utf8.h"

namespace bilat::extract {
namespace {

using link::Mention;

struct Candidate {
  size_t begin, end;  // the name's span in the normalized sentence
  std::string name;   // as written, without 《》
  bool quoted;
};

bool InBrackets(const std::string& n, size_t pos) {
  size_t open = n.rfind('(', pos);
  return open != std::string::npos && n.find(')', open) > pos;
}

std::vector<Candidate> FindCandidates(const RuleContext& c) {
  const std::string& n = c.norm();
  std::vector<Candidate> out;
  // 《title》 naming an accord.
  for (size_t open = text::FindUtf8(n, "《"); open != std::string::npos; open = text::FindUtf8(n, "《", open + 3)) {
    size_t close = text::FindUtf8(n, "》", open);
    if (close == std::string::npos) break;
    if (c.t.agreement_nouns.MatchEndingAt(n, close) == 0 &&
        !c.t.agreement_nouns.Contains(c.s.words, open + 3, close))
      continue;
    out.push_back({open + 3, close, std::string(c.s.OriginalOf(open + 3, close)), true});
  }
  // A noun phrase ending in an accord noun, outside 《》.
  size_t len = 0;
  for (size_t noun = c.t.agreement_nouns.Find(c.s.words, 0, n.size(), &len); noun != std::string::npos;
       noun = c.t.agreement_nouns.Find(c.s.words, noun + len, n.size(), &len)) {
    size_t end = noun + len;
    if (n.compare(end, 3, "》") == 0) continue;
    size_t begin = noun;
    // Extend left over CJK characters until a stop word or punctuation.
    while (begin > 0) {
      size_t prev = text::PrevCodePointStart(n, begin);
      if (static_cast<unsigned char>(n[prev]) < 0xE4 || n.compare(prev, 3, "、") == 0) break;
      if (c.t.agreement_name_stops.MatchEndingAt(n, begin) > 0) break;
      begin = prev;
    }
    out.push_back({begin, end, std::string(c.s.OriginalOf(begin, end)), false});
  }
  return out;
}

bool IsGeneric(const RuleContext& c, const Candidate& k) {
  const std::string& n = c.norm();
  if (k.quoted) return false;
  if (c.t.agreement_generic.MatchEndingAt(n, k.begin) > 0) return true;  // 多项|协议
  return c.t.agreement_generic.MatchAt(n, k.begin) > 0;                     // 合作协议
}

// *explicit_parties is false when the parties come only from 两国/双方 or the item's pair.
std::vector<std::string> PartiesFor(const RuleContext& c, const gazetteer::Gazetteer& g, const Candidate& k,
                                    size_t verb, bool* explicit_parties) {
  const std::string& n = c.norm();
  auto add = [](std::vector<std::string>* out, std::string_view p) {
    if (!p.empty() && std::find(out->begin(), out->end(), p) == out->end()) out->emplace_back(p);
  };
  std::vector<std::string> parties;
  std::string_view organization;  // what party_of's answer for an international one views
  auto party_of = [&](const Mention& m) -> std::span<const std::string_view> {
    if (m.kind == Mention::Kind::kOrganization) {
      const auto& org = g.organizations()[m.organization];
      if (org.kind == "international") {
        organization = org.id;
        return {&organization, 1};
      }
    }
    return c.CountriesOf(m);
  };
  // Inside the name (越南-朝鲜贸易协定, 越日经济合作伙伴协定).
  for (const Mention& m : c.s.mentions)
    if (m.begin >= k.begin && m.end <= k.end)
      for (const auto& p : party_of(m)) add(&parties, p);
  if (parties.size() >= 2) return parties;
  // "X与/同Y之间…" before the name, outside brackets.
  size_t clause = c.ClauseStart(std::min(k.begin, verb));
  size_t between = n.rfind("之间", k.begin);
  if (between != std::string::npos && between >= clause) {
    std::vector<std::string> found;
    for (const Mention& m : c.s.mentions)
      if (m.begin >= clause && m.end <= between && !InBrackets(n, m.begin) &&
          (m.kind == Mention::Kind::kCountry || m.kind == Mention::Kind::kOrganization ||
           m.kind == Mention::Kind::kPlace))
        for (const auto& p : party_of(m)) add(&found, p);
    if (found.size() >= 2) return found;
  }
  // The clause's countries, else the item's pair (两国, 双方).
  std::vector<std::string> found;
  bool named = false;
  for (const Mention& m : c.s.mentions)
    if (m.begin >= clause && m.begin < k.begin && !InBrackets(n, m.begin) && m.kind != Mention::Kind::kPerson) {
      named |= m.kind == Mention::Kind::kCountry || m.kind == Mention::Kind::kPair ||
               m.kind == Mention::Kind::kOrganization || m.kind == Mention::Kind::kPlace;
      for (const auto& p : party_of(m)) add(&found, p);
    }
  if (found.size() >= 2) {
    *explicit_parties = named;
    return found;
  }
  *explicit_parties = false;
  if (found.size() == 1 && c.item.pair.size() == 2)
    for (const auto& p : c.item.pair) add(&found, p);
  if (found.size() >= 2) return found;
  return {c.item.pair.begin(), c.item.pair.end()};
}

}  // namespace

void FindAgreements(const RuleContext& c, const gazetteer::Gazetteer& g, const link::SentenceAnalysis* next,
                    std::vector<Event>* out) {
  const std::string& n = c.norm();
  if (c.t.agreement_not_signed.Contains(c.s.words, 0, n.size())) return;
  size_t verb_len = 0;
  size_t verb = c.t.agreement_verbs.Find(c.s.words, 0, n.size(), &verb_len);
  // "该协定于2015年5月签署" in the next sentence confirms this one's accord.
  const text::DateSpan* next_date = nullptr;
  bool confirmed_by_next = false;
  if (verb == std::string::npos && next) {
    const std::string& nn = next->norm();
    size_t next_verb = c.t.agreement_verbs.Find(next->words, 0, nn.size());
    if (c.t.agreement_anaphora.MatchAt(nn, 0) > 0 && next_verb != std::string::npos) {
      confirmed_by_next = true;
      for (const auto& d : next->dates())
        if (!d.start.empty() && d.end <= next_verb) next_date = &d;  // the date before 签署
    }
  }
  if (verb == std::string::npos && !confirmed_by_next) return;
  for (const Candidate& k : FindCandidates(c)) {
    if (IsGeneric(c, k) || c.t.agreement_anaphora.MatchAt(n, k.begin) > 0) continue;
    bool explicit_parties = true;
    std::vector<std::string> parties =
        PartiesFor(c, g, k, verb == std::string::npos ? k.begin : verb, &explicit_parties);
    if (parties.size() < 2) continue;
    // A bare 协议/协定 ("达成协议") names no accord unless its parties are written.
    if (!k.quoted && c.t.agreement_bare.MatchAt(n, k.begin) == k.end - k.begin && !explicit_parties) continue;
    Event& e = c.AddEvent(EventType::kAgreement, k.quoted ? "agreement.quoted_title" : "agreement.named_accord", out);
    e.parties = std::move(parties);
    e.name = k.name;
    const text::DateSpan* d = next_date;
    if (!d && verb != std::string::npos) {
      auto dates = c.DatesIn(c.ClauseStart(std::min(verb, k.begin)), std::max(verb, k.begin));
      if (!dates.empty()) d = dates.back();
    }
    if (d) {
      e.date = d->start.ToIso();
      e.date_inferred = d->inferred;
    } else if (c.t.during_markers.Contains(c.s.words, 0, verb == std::string::npos ? 0 : verb) &&
               !c.item.last_visit_date.empty()) {
      e.date = c.item.last_visit_date;  // 访问期间, 双方签署了…
      e.date_inferred = c.item.last_visit_inferred;
    }
  }
}

}  // namespace bilat::extract
