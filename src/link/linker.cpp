#include "link/linker.h"

#include <algorithm>
#include <span>

namespace bilat::link {
namespace {

using gazetteer::AliasRef;
using text::Utf8Length;

bool IsCjk(std::string_view s, size_t pos) {
  if (pos >= s.size()) return false;
  unsigned char c = s[pos];
  return c >= 0xE3 && c <= 0xE9 && !(c == 0xE3 && (unsigned char)s[pos + 1] < 0x90);
}

bool StartsWith(std::string_view s, size_t pos, std::string_view what) {
  return s.compare(pos, what.size(), what) == 0;
}

// Name-internal separators: the interpunct (· and its look-alikes) and hyphen.
size_t SeparatorAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  switch (static_cast<unsigned char>(s[pos])) {  // most characters start no separator
    case '-': return 1;
    case 0xC2: return StartsWith(s, pos, "·") ? 2 : 0;
    case 0xE3: return StartsWith(s, pos, "・") ? 3 : 0;
    case 0xE2: return StartsWith(s, pos, "‧") || StartsWith(s, pos, "•") ? 3 : 0;
    default: return 0;
  }
}

// Offices in the order that names a person best when several are held.
int OfficeRank(std::string_view office) {
  static const char* kOrder[] = {"party_leader", "head_of_state", "head_of_government", "monarch",
                                 "parliament_chair", "vice_head_of_state", "deputy_head_of_government",
                                 "foreign_minister", "minister", "secretary_general", "leader"};
  for (int i = 0; i < static_cast<int>(std::size(kOrder)); ++i)
    if (office == kOrder[i]) return i;
  return 100;
}

// Whether another name segment follows within a few characters (阿里·|本·赛义德).
bool SeparatorAhead(std::string_view s, size_t pos) {
  for (int n = 0; n < 8 && pos < s.size(); ++n) {
    if (SeparatorAt(s, pos)) return true;
    if (!IsCjk(s, pos)) return false;
    pos += text::Utf8Length(s[pos]);
  }
  return false;
}

bool Covered(std::span<const Mention> mentions, size_t pos) {
  for (const Mention& m : mentions)
    if (pos >= m.begin && pos < m.end) return true;
  return false;
}

void SortMentions(std::vector<Mention>* mentions) {
  auto by_begin = [](const Mention& a, const Mention& b) { return a.begin < b.begin; };
  if (!std::is_sorted(mentions->begin(), mentions->end(), by_begin))  // mostly nothing was added
    std::sort(mentions->begin(), mentions->end(), by_begin);
}

gazetteer::AliasMatcher CompileShortForms(const gazetteer::Gazetteer& g) {
  gazetteer::AliasMatcher forms;
  for (const auto& country : g.countries())
    for (const auto& form : country.short_forms) forms.AddKey(text::NormalizeKey(form));
  forms.Compile();
  return forms;
}

std::vector<std::string> LexiconSets(std::vector<std::string> sets) {
  if (std::find(sets.begin(), sets.end(), "pair_pronouns") == sets.end()) sets.push_back("pair_pronouns");
  return sets;
}

}  // namespace

Linker::Linker(const gazetteer::Gazetteer& g, const std::vector<std::string>& more_sets)
    : gazetteer_(g),
      lexicon_(g, LexiconSets(more_sets)),
      short_forms_(CompileShortForms(g)),
      scan_trie_(g.matcher(), lexicon_, short_forms_),
      pair_followers_(g.Triggers("pair_followers")),
      pronouns_(lexicon_, {"pair_pronouns"}),
      short_verbs_(g.Triggers("visit_short_verbs")),
      name_stops_(g.Triggers("name_stops")),
      name_blockers_(g.Triggers("person_name_blockers")) {
  for (uint32_t k = 0; k < short_forms_.key_count(); ++k)  // the gazetteer's choice for a shared form
    short_form_countries_.push_back(g.CountryForShortForm(short_forms_.key(k)));
}

SentenceAnalysis Linker::Analyze(std::string_view original, const text::Sentence* sentence,
                                 const text::DateContext& context) const {
  SentenceAnalysis s;
  AnalyzeAliases(original, sentence, context, &s);
  Complete(&s);
  return s;
}

void Linker::AnalyzeAliases(std::string_view original, const text::Sentence* sentence,
                            const text::DateContext& context, SentenceAnalysis* s) const {
  s->sentence = sentence;
  s->original = original;
  text::Normalize(original, &s->normalized);
  s->date_context = context;
  s->ForgetDatesAndAmounts();
  s->complete = false;
  Scratch& scratch = ThreadScratch();
  scratch.mentions.clear();
  scratch.short_forms.clear();
  scratch.words.Clear();
  ScanSentence(*s, &scratch);
  AddShortForms(*s, &scratch);
  s->mentions.swap(scratch.mentions);
  std::swap(s->words, scratch.words);
}

Linker::Scratch& Linker::ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// One pass over the code points finds the aliases (leftmost-longest), the
// trigger words, and where one-character country forms stand.
void Linker::ScanSentence(const SentenceAnalysis& s, Scratch* scratch) const {
  const std::string& norm = s.norm();
  size_t alias_free_from = 0;  // no alias starts inside the previous one
  for (size_t pos = 0, length = 0; pos < norm.size(); pos += length) {
    const uint32_t node = scan_trie_.StartAt(norm, pos, &length);
    if (node == 0) continue;
    const bool glued_before = gazetteer::AliasMatcher::GluedBefore(norm, pos);
    const bool alias_may_start = pos >= alias_free_from && !glued_before;
    gazetteer::AliasMatcher::Match alias{pos, pos, 0};  // the longest one
    scan_trie_.ForEachFrom(norm, node, pos + length, [&](const ScanTrie::Entry& entry, size_t end) {
      const bool glued_after = gazetteer::AliasMatcher::GluedAfter(norm, end);
      if (entry.alias >= 0 && alias_may_start && !glued_after)
        alias = {pos, end, static_cast<uint32_t>(entry.alias)};
      if (entry.sets)
        scratch->words.Add(WordHit{static_cast<uint32_t>(pos), static_cast<uint32_t>(end), entry.sets,
                                   glued_before, glued_after});
      if (entry.short_form >= 0 && short_form_countries_[entry.short_form])
        scratch->short_forms.push_back({pos, short_form_countries_[entry.short_form]});
    });
    if (alias.end > pos) {
      AddAliasMention(alias, s, &scratch->mentions);
      alias_free_from = alias.end;
    }
  }
}

void Linker::Complete(SentenceAnalysis* s) const {
  if (s->complete) return;
  s->complete = true;
  AddTitledPeople(s);
  AddBracketedNames(s);
  AddPronouns(s);
  SortMentions(&s->mentions);
  MarkAttributives(s);
  SetPeoplesCountries(s);
}

int Linker::ChoosePerson(std::span<const AliasRef> refs, const Date& date) const {
  int first = -1;
  for (const AliasRef& r : refs) {
    if (r.type != AliasRef::Type::kPerson) continue;
    if (first < 0) first = r.index;
    for (const auto& role : gazetteer_.people()[r.index].roles)
      if (role.HeldOn(date)) return r.index;
  }
  return first;
}

std::string_view Linker::OfficeOn(const gazetteer::Person& person, const Date& date) const {
  const gazetteer::Role* best = nullptr;
  for (const auto& role : person.roles)
    if (role.HeldOn(date) && (!best || OfficeRank(role.office) < OfficeRank(best->office))) best = &role;
  return best ? std::string_view(best->office) : std::string_view();
}

Mention Linker::PersonMention(const SentenceAnalysis& s, size_t begin, size_t end, int person) const {
  Mention m;
  m.kind = Mention::Kind::kPerson;
  m.begin = begin;
  m.end = end;
  m.person = person;
  m.name = s.OriginalOf(begin, end);
  if (person >= 0) {
    const auto& p = gazetteer_.people()[person];
    m.country = p.country;
    m.office = OfficeOn(p, s.date_context.reference);
    // The head of an international organization speaks for it (UN), not for
    // the country of their passport.
    for (const auto& role : p.roles) {
      if (role.office != m.office || role.org.empty() || !role.HeldOn(s.date_context.reference)) continue;
      const auto* org = gazetteer_.FindOrganization(role.org);
      if (org && org->kind == "international") m.country = org->id;
    }
  }
  return m;
}

void Linker::AddAliasMention(const gazetteer::AliasMatcher::Match& match, const SentenceAnalysis& s,
                             std::vector<Mention>* mentions) const {
  const std::string& norm = s.norm();
  const std::span<const AliasRef> refs = gazetteer_.Refs(match.key);
  auto has = [&refs](AliasRef::Type t) {
    return std::any_of(refs.begin(), refs.end(), [t](const AliasRef& r) { return r.type == t; });
  };
  auto index_of = [&refs](AliasRef::Type t) {
    for (const AliasRef& r : refs)
      if (r.type == t) return static_cast<int>(r.index);
    return -1;
  };
  // A known surname inside a longer foreign name (马克·|哈蒙德) is not that person.
  bool glued = (match.begin > 0 && SeparatorAt(norm, text::PrevCodePointStart(norm, match.begin))) ||
               SeparatorAt(norm, match.end);
  if (has(AliasRef::Type::kPerson) && glued) return;
  if (has(AliasRef::Type::kPerson) && !name_blockers_.MatchAt(norm, match.end)) {
    mentions->push_back(PersonMention(s, match.begin, match.end, ChoosePerson(refs, s.date_context.reference)));
    return;
  }
  Mention m;
  m.begin = match.begin;
  m.end = match.end;
  if (has(AliasRef::Type::kTitle)) {
    m.kind = Mention::Kind::kTitle;
    m.title = index_of(AliasRef::Type::kTitle);
    m.country = gazetteer_.titles()[m.title].country;
  } else if (has(AliasRef::Type::kOrganization)) {
    m.kind = Mention::Kind::kOrganization;
    m.organization = index_of(AliasRef::Type::kOrganization);
    m.country = gazetteer_.organizations()[m.organization].country;
  } else if (has(AliasRef::Type::kCountry)) {
    m.kind = Mention::Kind::kCountry;
    m.country = gazetteer_.countries()[index_of(AliasRef::Type::kCountry)].id;
  } else if (has(AliasRef::Type::kCapital)) {
    m.kind = Mention::Kind::kPlace;
    m.country = gazetteer_.countries()[index_of(AliasRef::Type::kCapital)].id;
  } else {
    return;  // a person name blocked as a place name (胡志明市)
  }
  mentions->push_back(std::move(m));
}

// Runs of one-character country forms not covered by an alias: 越中 + 关系 is
// a pair; 访 + 华 and 中 + 方 are single countries.
void Linker::AddShortForms(const SentenceAnalysis& s, Scratch* scratch) const {
  const std::string_view norm = s.norm();
  std::vector<Mention>& mentions = scratch->mentions;
  const size_t alias_count = mentions.size();  // only aliases cover a form
  auto covered = [&](size_t pos) { return Covered(std::span(mentions.data(), alias_count), pos); };
  std::vector<const gazetteer::Country*>& run = scratch->run;
  auto in_run = [&run](const gazetteer::Country* c) {
    return std::find(run.begin(), run.end(), c) != run.end();  // one Country per id
  };
  const auto& forms = scratch->short_forms;
  size_t pos = 0;
  for (size_t f = 0; f < forms.size(); ++f) {
    if (forms[f].pos < pos) continue;  // inside a pair just read
    pos = forms[f].pos;
    const size_t len = 3;
    if (covered(pos)) continue;
    run.clear();
    size_t end = pos;
    for (size_t next = f; next < forms.size() && forms[next].pos == end && !covered(end); ++next) {
      if (in_run(forms[next].country)) break;
      run.push_back(forms[next].country);
      end += len;
    }
    Mention m;
    m.begin = pos;
    m.end = end;
    if (run.size() >= 2 && pair_followers_.MatchAt(norm, end)) {
      m.kind = Mention::Kind::kPair;
      for (const auto* c : run) m.pair.push_back(c->id);
      mentions.push_back(std::move(m));
      pos = end;
      continue;
    }
    // A single form: after a visit verb (访华), or before 方 (中方).
    m.end = pos + len;
    m.kind = Mention::Kind::kCountry;
    m.country = run.front()->id;
    m.via_short_form = true;
    size_t verb = pos > 0 ? short_verbs_.MatchEndingAt(norm, pos) : 0;
    bool repeated = verb > 0 && pos >= verb + len && norm.compare(pos - verb - len, len, norm, pos, len) == 0;
    if (verb > 0 && !repeated) {
      mentions.push_back(std::move(m));
    } else if (StartsWith(norm, m.end, "方")) {
      m.end += std::string_view("方").size();
      mentions.push_back(std::move(m));
    }
    pos += len;
  }
  SortMentions(&mentions);
}

// An unknown name: CJK characters, joined by · or - in foreign names
// (约翰·恩迪西), ending before a stop word, a bracket or punctuation. Bare
// names are two to three characters (four when punctuation follows).
size_t Linker::ReadName(std::string_view norm, size_t pos) const {
  size_t end = pos, chars = 0;
  size_t segment_chars = 0;
  // A foreign name has a separator within its first segment (乌拉基米尔·巴拉维库).
  bool dotted = false;
  for (size_t p = pos, n = 0; p < norm.size() && n < 8; ++n) {
    if (size_t sep = SeparatorAt(norm, p); sep && n > 0 && IsCjk(norm, p + sep)) {
      dotted = true;
      break;
    }
    if (!IsCjk(norm, p)) break;
    p += Utf8Length(norm[p]);
  }
  while (end < norm.size()) {
    if (size_t sep = SeparatorAt(norm, end); sep && chars > 0 && IsCjk(norm, end + sep)) {
      end += sep;
      segment_chars = 0;
      continue;
    }
    if (!IsCjk(norm, end)) break;
    if (chars >= 2 && segment_chars >= 2 && !dotted && name_stops_.MatchAt(norm, end)) break;
    if (dotted && segment_chars >= 2 && name_stops_.MatchAt(norm, end) && !SeparatorAhead(norm, end)) break;
    if (chars == 0 && name_stops_.MatchAt(norm, end)) return pos;
    if (segment_chars >= (dotted ? 8 : 4)) break;
    end += Utf8Length(norm[end]);
    ++chars;
    ++segment_chars;
  }
  if (chars < 2) return pos;
  if (!dotted && chars == 4) {
    // Four bare characters only before a delimiter: otherwise the fourth
    // probably starts the next word (黄春战|上将).
    bool delimited = end >= norm.size() || !IsCjk(norm, end);
    if (!delimited) end = text::PrevCodePointStart(norm, end);
  }
  return end;
}

void Linker::AddTitledPeople(SentenceAnalysis* s) const {
  std::vector<Mention> added;
  for (size_t i = 0; i < s->mentions.size(); ++i) {
    const Mention& t = s->mentions[i];
    if (t.kind != Mention::Kind::kTitle) continue;
    const auto& title = gazetteer_.titles()[t.title];
    const std::string_view office = title.offices.empty() ? std::string_view() : title.offices.front();
    // A known person right after the title: give it the office if it has none.
    if (i + 1 < s->mentions.size() && s->mentions[i + 1].begin == t.end) {
      Mention& next = s->mentions[i + 1];
      if (next.is_person() && next.office.empty()) next.office = office;
      continue;
    }
    // A known person right before it (胡志明主席): the same.
    if (i > 0 && s->mentions[i - 1].end == t.begin && s->mentions[i - 1].is_person()) {
      if (s->mentions[i - 1].office.empty()) s->mentions[i - 1].office = office;
      continue;
    }
    if (Covered(s->mentions, t.end)) continue;
    size_t end = ReadName(s->norm(), t.end);
    // A title inside the read span ends the name (拉坎丰|大将); other aliases
    // inside it are part of the name (the 马利 of 朱马利·赛雅贡 is not Mali).
    for (const Mention& other : s->mentions)
      if (other.kind == Mention::Kind::kTitle && other.begin > t.end && other.begin < end) end = other.begin;
    if (end < t.end + 6) continue;  // a name has at least two characters
    std::erase_if(s->mentions, [&](const Mention& other) {
      return other.kind != Mention::Kind::kTitle && other.begin >= t.end && other.end <= end;
    });
    Mention m = PersonMention(*s, t.end, end, -1);
    m.office = office;
    m.title = t.title;
    if (m.country.empty()) m.country = title.country;
    added.push_back(std::move(m));
  }
  s->mentions.insert(s->mentions.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  SortMentions(&s->mentions);
}

// 金永南(Kim Yong Nam): a Latin name in brackets confirms the person before it,
// or links an unknown one when the gazetteer knows the Latin spelling.
void Linker::AddBracketedNames(SentenceAnalysis* s) const {
  const std::string& norm = s->norm();
  for (size_t open = norm.find('('); open != std::string::npos; open = norm.find('(', open + 1)) {
    size_t close = norm.find(')', open);
    if (close == std::string::npos) break;
    std::string_view latin = std::string_view(norm).substr(open + 1, close - open - 1);
    if (latin.empty() || static_cast<unsigned char>(latin[0]) >= 0x80) continue;
    int person = -1;
    std::string_view written = s->OriginalOf(open + 1, close);
    for (const AliasRef& r : gazetteer_.Resolve(written))
      if (r.type == AliasRef::Type::kPerson) person = static_cast<int>(r.index);
    Mention* before = nullptr;
    for (Mention& m : s->mentions)
      if (m.end == open && m.is_person()) before = &m;
    if (before) {
      // The Latin name itself is not a second mention of the person.
      s->mentions.erase(std::remove_if(s->mentions.begin(), s->mentions.end(),
                                       [&](const Mention& m) { return m.begin > open && m.end <= close; }),
                        s->mentions.end());
      before = nullptr;
      for (Mention& m : s->mentions)
        if (m.end == open && m.is_person()) before = &m;
      if (before->person < 0 && person >= 0) {
        Mention linked = PersonMention(*s, before->begin, before->end, person);
        linked.office = before->office.empty() ? linked.office : before->office;
        linked.title = before->title;
        *before = std::move(linked);
      }
      continue;
    }
    if (person < 0 || Covered(s->mentions, text::PrevCodePointStart(norm, open))) continue;
    // Walk back over the unknown Chinese rendering of a known Latin name.
    size_t begin = open;
    while (begin > 0) {
      size_t prev = text::PrevCodePointStart(norm, begin);
      if (!(IsCjk(norm, prev) || SeparatorAt(norm, prev)) || Covered(s->mentions, prev)) break;
      begin = prev;
    }
    if (begin < open) s->mentions.push_back(PersonMention(*s, begin, open, person));
  }
  SortMentions(&s->mentions);
}

void Linker::AddPronouns(SentenceAnalysis* s) const {
  const std::string& norm = s->norm();
  size_t length = 0;
  for (size_t pos = pronouns_.Find(s->words, 0, norm.size(), &length); pos != std::string::npos;
       pos = pronouns_.Find(s->words, pos + length, norm.size(), &length)) {
    if (Covered(s->mentions, pos)) continue;
    Mention m;
    m.kind = Mention::Kind::kPronoun;
    m.begin = pos;
    m.end = pos + length;
    s->mentions.push_back(m);
  }
}

// An unlinked person's country: the first country named in the title phrase
// before the name (白俄罗斯共和国新任驻越南大使 → BY; a country after 驻 is
// where the person is posted, not whom they represent).
void Linker::SetPeoplesCountries(SentenceAnalysis* s) const {
  const std::string& norm = s->norm();
  size_t phrase_begin = 0;
  for (size_t i = 0; i < s->mentions.size(); ++i) {
    Mention& m = s->mentions[i];
    if (!m.is_person()) continue;
    // The phrase starts after the previous person or the last delimiter.
    size_t begin = phrase_begin;
    for (size_t p = m.begin; p > begin;) {
      p = text::PrevCodePointStart(norm, p);
      unsigned char c = norm[p];
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || (c == 0xEF && StartsWith(norm, p, "，"))) {
        begin = p + Utf8Length(c);
        break;
      }
    }
    m.phrase_begin = begin;
    if (m.person < 0 && m.country.empty()) {
      for (size_t j = 0; j < i; ++j) {
        const Mention& c = s->mentions[j];
        if (c.begin < begin || c.is_person()) continue;
        if (c.kind == Mention::Kind::kOrganization && c.country.empty() &&
            gazetteer_.organizations()[c.organization].kind == "international") {
          m.country = gazetteer_.organizations()[c.organization].id;  // 联合国秘书长X
          break;
        }
        if (c.country.empty()) continue;
        if (c.begin >= 3 && StartsWith(norm, c.begin - 3, "驻")) continue;
        m.country = c.country;
        break;
      }
    }
    phrase_begin = m.end;
  }
}

// A person directly followed by a title and then another person names whose
// envoy the latter is (习近平特使刘海星).
void Linker::MarkAttributives(SentenceAnalysis* s) {
  auto& m = s->mentions;
  for (size_t i = 0; i + 1 < m.size(); ++i) {
    if (!m[i].is_person()) continue;
    size_t j = i + 1;
    while (j < m.size() && m[j].kind == Mention::Kind::kTitle && m[j].begin == m[j - 1].end) ++j;
    if (j > i + 1 && j < m.size() && m[j].is_person() && m[j].begin == m[j - 1].end) m[i].attributive = true;
  }
}

const char* MentionKindName(Mention::Kind kind) {
  switch (kind) {
    case Mention::Kind::kCountry: return "country";
    case Mention::Kind::kPlace: return "place";
    case Mention::Kind::kPerson: return "person";
    case Mention::Kind::kOrganization: return "organization";
    case Mention::Kind::kTitle: return "title";
    case Mention::Kind::kPair: return "pair";
    case Mention::Kind::kPronoun: return "pronoun";
  }
  return "?";
}

}  // namespace bilat::link
