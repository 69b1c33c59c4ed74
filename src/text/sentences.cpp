#include "text/sentences.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace bilat::text {
namespace {

struct Pair {
  char32_t open;
  char32_t close;
};
constexpr Pair kPairs[] = {
    {U'（', U'）'}, {U'(', U')'}, {U'《', U'》'}, {U'“', U'”'}, {U'‘', U'’'},
    {U'「', U'」'}, {U'『', U'』'}, {U'【', U'】'}, {U'〈', U'〉'}, {U'[', U']'},
};

bool IsTerminator(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'｡' || c == U'!' ||
         c == U'?' || c == U';';
}

bool IsCloser(char32_t c) {
  return std::any_of(std::begin(kPairs), std::end(kPairs), [c](const Pair& p) { return p.close == c; });
}

char32_t Opener(char32_t c) {
  for (const Pair& p : kPairs) {
    if (p.open == c) return p.close;
  }
  return 0;
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000; }

// Bytes of the space (IsSpace) that opens `s`, 0 when none does.
size_t SpaceLength(std::string_view s) {
  if (s.starts_with(' ') || s.starts_with('\t')) return 1;
  if (s.starts_with("\u00A0")) return 2;
  if (s.starts_with("\u3000")) return 3;
  return 0;
}

char32_t DecodeAt(std::string_view text, size_t i, size_t end, size_t* next) {
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(text.data(), k, static_cast<int32_t>(end), c);
  *next = static_cast<size_t>(k);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

// A '.' ends a sentence when a space or the end follows and it does not end
// a number or an initial ("57.9", "J. Smith").
bool IsFullStop(std::string_view text, size_t i, size_t begin, size_t end) {
  if (text[i] != '.') return false;
  if (i + 1 < end && text[i + 1] != ' ' && text[i + 1] != '\t') return false;
  if (i == begin) return false;
  char prev = text[i - 1];
  return !(prev >= '0' && prev <= '9') && !(prev >= 'A' && prev <= 'Z');
}

bool HasContent(std::string_view text, Span span) {
  for (size_t i = span.begin; i < span.end;) {
    size_t next;
    char32_t c = DecodeAt(text, i, span.end, &next);
    if (u_isalnum(static_cast<UChar32>(c))) return true;
    i = next;
  }
  return false;
}

bool IsPause(char32_t c) { return c == U'，' || c == U',' || c == U'、' || c == U'：' || IsSpace(c); }

// Where to cut text[begin, end) (longer than kMaxSentenceBytes): just after
// the last pause (，、： or a space) in the second half of the window, else at
// the last code point boundary that fits.
size_t CutPoint(std::string_view text, size_t begin, size_t end) {
  size_t limit = std::min(end, begin + kMaxSentenceBytes);
  size_t cut = 0, boundary = begin;
  for (size_t i = begin; i < limit;) {
    size_t next;
    char32_t c = DecodeAt(text, i, end, &next);
    if (next > limit) break;
    boundary = next;
    if (IsPause(c) && next - begin >= kMaxSentenceBytes / 2) cut = next;
    i = next;
  }
  if (cut == 0) cut = boundary;
  return cut > begin ? cut : limit;
}

void Emit(std::string_view text, size_t begin, size_t end, std::vector<Span>* out) {
  if (begin >= end) return;  // an empty (or inverted) range holds no sentence
  // A run of text without terminators (a scraped page on one line) is cut
  // into pieces, so that the work done per sentence stays bounded.
  while (end - begin > kMaxSentenceBytes) {
    size_t cut = CutPoint(text, begin, end);
    Emit(text, begin, cut, out);
    begin = cut;
  }
  Span span = TrimSpaces(text, begin, end);
  if (span.begin < span.end && HasContent(text, span)) out->push_back(span);
}

// Bytes at which Split has something to decide: the ASCII brackets, quotes
// and terminators, and the lead bytes of the other ones (U+2018-U+201D,
// U+3002-U+3011, U+FF01-U+FF61 start with E2, E3, EF). Every other code
// point Split passes over whole: step[b] is the length its lead byte b
// announces (1 for a stray continuation byte), 0 for the bytes above.
struct Steps {
  unsigned char step[256] = {};
  constexpr Steps() {
    for (int b = 0; b < 256; ++b) {
      auto lead = static_cast<unsigned char>(b);
      step[b] = lead >= 0xC0 ? static_cast<unsigned char>(Utf8Length(lead)) : 1;
    }
    for (unsigned char c : {'"', '(', ')', '[', ']', '!', '?', ';', '.', '\xE2', '\xE3', '\xEF'})
      step[c] = 0;
  }
};
constexpr Steps kSteps;

// How many of the eight bytes at p come before the first one Split decides
// on (8 when there is none): ASCII bytes and the lead bytes E2, E3 and EF.
// SWAR: has_zero flags the zero bytes of x, the lowest flag exactly.
size_t BytesBeforeDecision(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  uint64_t x;
  std::memcpy(&x, p, 8);
  const uint64_t ascii = ~x & kHighs;
  const uint64_t e2_e3 = has_zero((x & ~kOnes) ^ (kOnes * 0xE2));
  const uint64_t ef = has_zero(x ^ (kOnes * 0xEF));
  return static_cast<size_t>(std::countr_zero(ascii | e2_e3 | ef)) / 8;
}

// The closers of the open brackets, innermost last, as indices into kPairs
// (kQuote for an ASCII '"'): a std::string, so that the usual shallow
// nesting stays in its inline buffer.
class OpenBrackets {
 public:
  bool empty() const { return closers_.empty(); }
  bool InQuote() const { return !empty() && Closer(closers_.back()) == U'"'; }
  void Push(char32_t closer) { closers_.push_back(Index(closer)); }
  void Pop() { closers_.pop_back(); }
  // Closes the innermost bracket that `closer` closes and those inside it.
  void Close(char32_t closer) {
    size_t at = closers_.rfind(Index(closer));
    if (at != std::string::npos) closers_.resize(at);
  }

 private:
  static constexpr char kQuote = std::size(kPairs);
  static char Index(char32_t closer) {
    for (size_t k = 0; k < std::size(kPairs); ++k)
      if (kPairs[k].close == closer) return static_cast<char>(k);
    return kQuote;
  }
  static char32_t Closer(char index) {
    return index == kQuote ? U'"' : kPairs[static_cast<size_t>(index)].close;
  }
  std::string closers_;
};

// Tracks the brackets that code point c opens or closes.
void TrackBrackets(char32_t c, OpenBrackets* open) {
  if (c == U'"') {
    if (open->InQuote()) open->Pop();
    else open->Push(U'"');
  } else if (char32_t close = Opener(c)) {
    open->Push(close);
  } else if (IsCloser(c)) {
    open->Close(c);
  }
}

// Splits text[begin, end); with `nest`, never inside brackets and quotes.
// Returns false when `nest` and they do not balance.
bool Split(std::string_view text, size_t begin, size_t end, bool nest, std::vector<Span>* out) {
  OpenBrackets open;
  size_t start = begin;
  size_t i = begin;
  while (i < end) {
    if constexpr (std::endian::native == std::endian::little) {
      // Most of Chinese text is passed over eight bytes at a time. A skip
      // may land inside a character, whose continuation bytes then step
      // one by one, as kSteps says.
      if (end - i >= 8) {
        const size_t skip = BytesBeforeDecision(text.data() + i);
        i += skip;
        if (skip == 8) continue;
      }
    }
    if (unsigned char step = kSteps.step[static_cast<unsigned char>(text[i])]) {
      i += step;  // never past `end`, a code point boundary of valid UTF-8
      continue;
    }
    size_t next;
    char32_t c = DecodeAt(text, i, end, &next);
    if (nest) TrackBrackets(c, &open);
    if (open.empty() && (IsTerminator(c) || IsFullStop(text, i, begin, end))) {
      // Keep 。” and ？！ with the sentence they end.
      while (next < end) {
        size_t after;
        char32_t d = DecodeAt(text, next, end, &after);
        if (!IsTerminator(d) && !IsCloser(d)) break;
        next = after;
      }
      Emit(text, start, next, out);
      start = next;
    }
    i = next;
  }
  Emit(text, start, end, out);
  return open.empty();
}

}  // namespace

Span TrimSpaces(std::string_view text, size_t begin, size_t end) {
  while (size_t n = SpaceLength(text.substr(begin, std::min<size_t>(end - begin, 3)))) begin += n;
  while (end > begin) {
    size_t window = std::min<size_t>(end - begin, 3);
    std::string_view tail = text.substr(end - window, window);
    size_t n = tail.ends_with(' ') || tail.ends_with('\t') ? 1
               : tail.ends_with("\u00A0")                   ? 2
               : tail.ends_with("\u3000")                   ? 3
                                                           : 0;
    if (n == 0) break;
    end -= n;
  }
  return Span{begin, end};
}

void SplitSentences(std::string_view text, size_t begin, size_t end, std::vector<Span>* out) {
  size_t before = out->size();
  if (Split(text, begin, end, /*nest=*/true, out)) return;
  out->resize(before);
  Split(text, begin, end, /*nest=*/false, out);
}

std::vector<Span> SplitSentences(std::string_view text, size_t begin, size_t end) {
  std::vector<Span> spans;
  SplitSentences(text, begin, end, &spans);
  return spans;
}

}  // namespace bilat::text
