#include "text/article.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "text/normalize.h"
#include "text/sentences.h"
#include "text/utf8.h"

namespace bilat::text {
namespace {

using namespace std::string_view_literals;

// News agencies whose name opens a dateline ("越通社河内——", "新华社北京1月1日电")
// or stands alone on a credit line after the body.
constexpr std::string_view kAgencies[] = {
    "越通社"sv, "新华社"sv, "中新社"sv, "中新网"sv, "人民网"sv, "法新社"sv,
    "路透社"sv, "美联社"sv, "共同社"sv, "韩联社"sv, "塔斯社"sv, "越南之声"sv,
};
// Markers of an image credit ending a caption: "…。图自越通社", "… 图自VGP".
constexpr std::string_view kCreditMarkers[] = {"图自"sv, "图片来源"sv, "图:"sv, "图："sv};
// Longest credit after a marker ("Radio Cadena Agramonte"), in bytes.
constexpr size_t kMaxCredit = 60;
// Longest place-and-date part of a dateline, in bytes.
constexpr size_t kMaxDateline = 48;

std::string_view View(std::string_view text, Span s) { return text.substr(s.begin, s.end - s.begin); }

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The first '\r' or '\n' at or after `from`, or npos: memchr for '\n', then
// for a '\r' before it.
size_t FindLineBreak(std::string_view text, size_t from) {
  const char* begin = text.data() + from;
  size_t left = text.size() - from;
  const void* nl = std::memchr(begin, '\n', left);
  if (nl != nullptr) left = static_cast<size_t>(static_cast<const char*>(nl) - begin);
  const void* cr = std::memchr(begin, '\r', left);
  const void* first = cr != nullptr ? cr : nl;
  return first == nullptr ? std::string_view::npos
                          : static_cast<size_t>(static_cast<const char*>(first) - text.data());
}

// Non-empty lines, trimmed, without their line breaks, into *lines.
void Lines(std::string_view text, std::vector<Span>* lines) {
  lines->clear();
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t nl = FindLineBreak(text, begin);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    Span line = TrimSpaces(text, begin, end);
    if (line.begin < line.end) lines->push_back(line);
    if (nl == std::string_view::npos) break;
    begin = nl + ((text[nl] == '\r' && nl + 1 < text.size() && text[nl + 1] == '\n') ? 2 : 1);
  }
}

bool IsSentenceEnd(std::string_view s) {
  return FindUtf8(s, "。"sv) != s.npos || FindUtf8(s, "！"sv) != s.npos || FindUtf8(s, "？"sv) != s.npos;
}

// Where each credit marker last occurs in `line` (npos when it does not):
// every marker starts with 图, so one pass over the 图s finds them all.
std::array<size_t, std::size(kCreditMarkers)> LastCreditMarkers(std::string_view line) {
  std::array<size_t, std::size(kCreditMarkers)> last;
  last.fill(line.npos);
  for (size_t at = FindUtf8(line, "图"sv, 0); at != line.npos; at = FindUtf8(line, "图"sv, at + 1)) {
    for (size_t k = 0; k < last.size(); ++k) {
      if (line.substr(at).starts_with(kCreditMarkers[k])) last[k] = at;
    }
  }
  return last;
}

// Where the image credit of a caption line starts, if it has one: a marker
// after a stop, a space or a bracket, followed by a short source name.
std::optional<size_t> CreditAt(std::string_view line) {
  std::array<size_t, std::size(kCreditMarkers)> last = LastCreditMarkers(line);
  for (size_t k = 0; k < last.size(); ++k) {
    size_t at = last[k];
    if (at == line.npos) continue;
    std::string_view credit = line.substr(at + kCreditMarkers[k].size());
    if (credit.size() > kMaxCredit || credit.find_first_of(",;") != credit.npos ||
        credit.find("，"sv) != credit.npos) {
      continue;
    }
    std::string_view before = line.substr(0, at);
    if (before.empty() || EndsWith(before, "。"sv) || EndsWith(before, " "sv) ||
        EndsWith(before, "."sv) || EndsWith(before, "\u3000"sv)) {
      return at;
    }
    if (EndsWith(before, "("sv)) return at - 1;
    if (EndsWith(before, "（"sv)) return at - "（"sv.size();
  }
  return std::nullopt;
}

// After "… ảnh 3": the caption proper behind a copy of the title.
std::optional<size_t> AfterPhotoNumber(std::string_view line) {
  constexpr std::string_view kAnh = " ảnh "sv;
  size_t at = line.find(kAnh);
  if (at == line.npos) return std::nullopt;
  size_t end = at + kAnh.size();
  if (end >= line.size() || line[end] < '0' || line[end] > '9') return std::nullopt;
  while (end < line.size() && line[end] >= '0' && line[end] <= '9') ++end;
  return end;
}

// The caption text of `line` (possibly empty), or nullopt when it is no caption.
std::optional<Span> CaptionContent(std::string_view text, Span line) {
  std::string_view view = View(text, line);
  std::optional<size_t> start = AfterPhotoNumber(view);
  std::optional<size_t> credit = CreditAt(view);
  if (!start && !credit) return std::nullopt;
  size_t begin = line.begin + start.value_or(0);
  size_t end = line.begin + credit.value_or(view.size());
  if (credit && *credit == 0) {  // "图：…" before the caption
    for (std::string_view marker : kCreditMarkers) {
      if (StartsWith(view, marker)) begin = line.begin + marker.size();
    }
    end = line.end;
  }
  if (end < begin) end = begin;
  return TrimSpaces(text, begin, end);
}

bool IsCreditLine(std::string_view line) {
  return std::find(std::begin(kAgencies), std::end(kAgencies), line) != std::end(kAgencies);
}

// Bytes of "(记者 …)" / "（记者…）" at the start of s, 0 when absent.
size_t ReporterEnd(std::string_view s) {
  for (auto [open, close] : {std::pair{"(记者"sv, ")"sv}, std::pair{"（记者"sv, "）"sv}}) {
    if (!StartsWith(s, open)) continue;
    size_t end = s.find(close);
    if (end != s.npos && end <= kMaxDateline) return end + close.size();
  }
  return 0;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') ++i;
    else if (s.substr(i, 3) == "\u3000"sv) i += 3;
    else break;
  }
  return i;
}

// Bytes of the dateline opening `line` ("越通社河内——", "新华社北京1月1日电
// (记者 王某)"), 0 when there is none.
size_t DatelineEnd(std::string_view line) {
  if (size_t r = ReporterEnd(line)) return SkipSpaces(line, r);
  for (std::string_view agency : kAgencies) {
    if (!StartsWith(line, agency)) continue;
    for (size_t i = agency.size(); i < line.size() && i <= agency.size() + kMaxDateline;) {
      std::string_view rest = line.substr(i);
      size_t end = 0;
      if (StartsWith(rest, "——"sv)) end = i + "——"sv.size();
      else if (StartsWith(rest, "--"sv)) end = i + 2;
      else if (StartsWith(rest, "电"sv)) {
        std::string_view after = rest.substr("电"sv.size());
        bool word = false;  // 电视, 电台, 电话 ... are no dateline
        for (std::string_view w : {"视"sv, "台"sv, "话"sv, "影"sv, "力"sv, "子"sv, "网"sv, "报"sv, "讯"sv}) {
          word = word || StartsWith(after, w);
        }
        if (word) return 0;
        end = i + "电"sv.size();
      }
      if (end > 0) {
        end = SkipSpaces(line, end);
        end += ReporterEnd(line.substr(end));
        return SkipSpaces(line, end);
      }
      unsigned char b = static_cast<unsigned char>(rest[0]);
      if (b == ',' || b == '.' || b == ':' || b == ';' || StartsWith(rest, "，"sv) ||
          StartsWith(rest, "。"sv) || StartsWith(rest, "："sv) || StartsWith(rest, "、"sv)) {
        return 0;
      }
      i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }
    return 0;
  }
  return 0;
}

// Where "(完)" closes the body on this line, if it does.
std::optional<size_t> EndMarkAt(std::string_view line) {
  for (std::string_view mark : {"(完)"sv, "（完）"sv}) {
    if (EndsWith(line, mark)) return line.size() - mark.size();
  }
  return std::nullopt;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

constexpr std::string_view kDashes[] = {"—"sv, "–"sv, "-"sv, "~"sv, "～"sv, "－"sv};

// Whether the 3-byte character `ch` is one of `set` (3-byte characters).
bool IsOneOf(std::string_view set, std::string_view ch) {
  size_t at = set.find(ch);
  return ch.size() == 3 && at != set.npos && at % 3 == 0;
}

// Whether the four digits s[i, i+4) are a year: 2026年, 2026丙午年, the start
// of 2026—2031年, or the year of a full date 2026.2.3 / 2026/2/3; and not the
// end of a span of bare years (2026—2031年) nor a target (到2030年, 至2030年).
bool IsWrittenYear(std::string_view s, size_t i) {
  std::string_view after = s.substr(i + 4);
  bool year = StartsWith(after, "年"sv);
  if (!year && after.size() >= 9 && after.substr(6, 3) == "年"sv) {  // 2026丙午年
    year = IsOneOf("甲乙丙丁戊己庚辛壬癸"sv, after.substr(0, 3)) &&
           IsOneOf("子丑寅卯辰巳午未申酉戌亥"sv, after.substr(3, 3));
  }
  if (!year && after.size() >= 4 && (after[0] == '.' || after[0] == '/') && IsDigit(after[1])) {
    size_t k = IsDigit(after[2]) ? 3 : 2;
    year = k < after.size() && after[k] == after[0] && k + 1 < after.size() && IsDigit(after[k + 1]);
  }
  for (std::string_view dash : kDashes) {  // the start of 2026—2031年
    if (year || !StartsWith(after, dash)) continue;
    std::string_view end = after.substr(dash.size());
    year = end.size() >= 4 + "年"sv.size() && std::all_of(end.begin(), end.begin() + 4, IsDigit) &&
           end.substr(4, "年"sv.size()) == "年"sv;
  }
  if (!year) return false;
  std::string_view before = s.substr(0, i);
  if (EndsWith(before, "到"sv) || EndsWith(before, "至"sv)) return false;
  for (std::string_view dash : kDashes) {
    if (!EndsWith(before, dash)) continue;
    std::string_view head = before.substr(0, before.size() - dash.size());
    size_t digits = 0;
    while (digits < head.size() && IsDigit(head[head.size() - 1 - digits])) ++digits;
    if (digits == 4) return false;
  }
  return true;
}

// The first ASCII digit in s at or after i, else s.size(); eight bytes at a
// time while eight are left (a byte b is a digit when b ^ '0' < 10).
size_t NextDigit(std::string_view s, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  for (; s.size() - i >= 8; i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    const uint64_t x = word ^ (kOnes * '0');
    if (((x - kOnes * 10) & ~x & (kOnes * 0x80)) != 0) break;  // some byte of x is below 10
  }
  while (i < s.size() && !IsDigit(s[i])) ++i;
  return i;
}

// The latest year written in `block` (normalized), 0 when none.
int LatestYear(std::string_view block) {
  int latest = 0;
  // From one run of digits to the next.
  for (size_t i = NextDigit(block, 0); i + 4 <= block.size(); i = NextDigit(block, i)) {
    size_t j = i;
    while (j < block.size() && IsDigit(block[j])) ++j;
    if (j - i == 4) {
      int y = 0;
      for (size_t k = i; k < j; ++k) y = y * 10 + (block[k] - '0');
      if (y >= 1900 && y <= 2099 && IsWrittenYear(block, i)) latest = std::max(latest, y);
    }
    i = j;
  }
  return latest;
}

// LatestYear of the normalized teaser block. LatestYear and IsWrittenYear
// compare with the characters below alone (digits, '.', '/', 年, the stems
// and branches, 到, 至, kDashes), so the block as it is serves wherever
// normalization leaves them alone: nearly always (full-width digits, for
// one, it does not).
int TeaserYear(std::string_view block) {
  static const NormalizationWatch kYearCharacters(
      U"0123456789./年到至甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥—–-~～－");
  return kYearCharacters.Keeps(block) ? LatestYear(block) : LatestYear(NormalizeKey(block));
}

// The buffers of one parse, reused from article to article in this thread.
struct ParseScratch {
  std::vector<Span> lines;
  std::vector<Span> spans;          // the sentences of one line
  std::vector<Sentence> sentences;  // the document's, copied to it once all are found

  // This thread's, emptied.
  static ParseScratch& ForThread() {
    thread_local ParseScratch scratch;
    scratch.lines.clear();
    scratch.sentences.clear();
    return scratch;
  }
};

// Adds the items of a document and collects its sentences in scratch->sentences.
class Builder {
 public:
  Builder(Document* doc, ParseScratch* scratch) : doc_(doc), scratch_(scratch) {}

  void AddSentences(size_t begin, size_t end, Section section, Section part) {
    if (begin >= end) return;  // an empty line, or a dateline that is the whole line
    std::string_view text = doc_->text;
    Span span = TrimSpaces(text, begin, end);
    // "*良好政治关系": a bullet before a subheading is markup.
    while (span.begin < span.end && (text[span.begin] == '*' || View(text, span).starts_with("•"sv))) {
      span.begin += text[span.begin] == '*' ? 1 : "•"sv.size();
    }
    scratch_->spans.clear();
    SplitSentences(text, span.begin, span.end, &scratch_->spans);
    for (Span s : scratch_->spans) {
      Sentence sentence;
      sentence.begin = s.begin;
      sentence.end = s.end;
      sentence.section = section;
      sentence.part = part;
      sentence.item = static_cast<int>(doc_->items.size()) - 1;
      scratch_->sentences.push_back(sentence);
    }
  }

  // The article: title, then body lines up to (完) or the end of `lines`.
  void Article(std::span<const Span> lines) {
    std::string_view text = doc_->text;
    Item& item = doc_->items.emplace_back();
    item.reference = doc_->published;
    if (lines.empty()) return;
    item.begin = lines.front().begin;
    item.end = lines.back().end;
    item.title = std::string(View(text, lines.front()));
    AddSentences(lines.front().begin, lines.front().end, Section::kTitle, Section::kTitle);
    bool dateline_seen = false;
    for (size_t k = 1; k < lines.size(); ++k) {
      Span line = lines[k];
      std::string_view view = View(text, line);
      std::optional<size_t> end_mark = EndMarkAt(view);
      if (end_mark) {  // nothing after the end mark is read, a dateline neither
        line.end = line.begin + *end_mark;
        view = view.substr(0, *end_mark);
      }
      if (std::optional<Span> caption = CaptionContent(text, line)) {
        AddSentences(caption->begin, caption->end, Section::kCaption, Section::kCaption);
      } else if (!IsCreditLine(view)) {
        if (!dateline_seen) {
          if (size_t d = DatelineEnd(view)) {
            item.dateline = std::string(View(text, TrimSpaces(text, line.begin, line.begin + d)));
            line.begin += d;
            dateline_seen = true;
          }
        }
        AddSentences(line.begin, line.end, Section::kBody, Section::kBody);
      }
      if (end_mark) break;
    }
  }

  // The teasers after 更多, grouped as [caption] title [title again] paragraph.
  void Teasers(std::span<const Span> lines, Date reference) {
    std::string_view text = doc_->text;
    bool open = false, has_title = false, has_paragraph = false;
    std::string_view title;
    auto start = [&](Span line) {
      Item& item = doc_->items.emplace_back();
      item.begin = line.begin;
      item.reference = reference;
      item.reference_inferred = !reference.empty();
      open = true;
      has_title = has_paragraph = false;
    };
    for (Span line : lines) {
      std::string_view view = View(text, line);
      std::optional<Span> caption = CaptionContent(text, line);
      if (caption) {
        start(line);
        AddSentences(caption->begin, caption->end, Section::kMore, Section::kCaption);
      } else {
        if (open && has_paragraph && view != title && !IsSentenceEnd(view)) open = false;
        if (!open) start(line);
        if (!has_title) {
          title = view;
          has_title = true;
          doc_->items.back().title = std::string(view);
          AddSentences(line.begin, line.end, Section::kMore, Section::kTitle);
        } else if (view == title) {
          AddSentences(line.begin, line.end, Section::kMore, Section::kTitle);
        } else {
          has_paragraph = true;
          AddSentences(line.begin, line.end, Section::kMore, Section::kBody);
        }
      }
      doc_->items.back().end = line.end;
    }
  }

 private:
  Document* doc_;
  ParseScratch* scratch_;
};

}  // namespace

const char* SectionName(Section section) {
  switch (section) {
    case Section::kTitle: return "title";
    case Section::kCaption: return "caption";
    case Section::kBody: return "body";
    case Section::kMore: return "more";
  }
  return "?";
}

Document ParseArticle(std::string id, std::string text, Date published, std::string url) {
  Document doc;
  doc.id = std::move(id);
  doc.published = published;
  doc.url = std::move(url);
  if (StartsWith(text, "\xEF\xBB\xBF"sv)) text.erase(0, 3);
  doc.text = std::move(text);
  std::string_view view = doc.text;

  ParseScratch& scratch = ParseScratch::ForThread();
  const std::vector<Span>& lines = scratch.lines;
  Lines(view, &scratch.lines);
  auto more = std::find_if(lines.begin() + (lines.empty() ? 0 : 1), lines.end(),
                           [&](Span s) { return View(view, s) == "更多"sv; });
  Builder builder(&doc, &scratch);
  builder.Article(std::span(lines.begin(), more));
  if (more != lines.end()) {
    int year = TeaserYear(view.substr(more->end));
    Date reference;
    if (year > 0) reference.year = year;
    builder.Teasers(std::span(more + 1, lines.end()), reference);
  }
  doc.sentences.assign(scratch.sentences.begin(), scratch.sentences.end());
  return doc;
}

}  // namespace bilat::text
