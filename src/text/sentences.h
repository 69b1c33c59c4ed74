// Sentence splitting for Chinese news text: ends a sentence after 。！？；
// (and ! ? ; and a '.' that ends a word before a space), never inside
// brackets or quotes (（）()《》“”‘’「」『』【】 and ASCII "), and keeps closing
// quotes and repeated terminators with the sentence they end. Line breaks are
// left to the caller (ParseArticle splits lines first). Pure; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace bilat::text {

struct Span {
  size_t begin = 0;  // byte offsets [begin, end)
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

// Longest sentence returned: a longer run without a terminator is cut after
// a pause (，、： or a space), else at a code point boundary. News sentences
// stay far below it (the corpus's longest is 519 bytes); it bounds the work
// that linking and the rules do per sentence, which grows faster than linearly.
inline constexpr size_t kMaxSentenceBytes = 4096;

// The sentences of text[begin, end), trimmed of spaces (ASCII, U+00A0,
// U+3000), as byte spans into `text`, none longer than kMaxSentenceBytes.
// Spans holding no letter, digit or ideograph are dropped. When the brackets of the range do not balance (a
// truncated paragraph), it is split as if there were none.
// REQUIRES: text is valid UTF-8; begin <= end <= text.size().
std::vector<Span> SplitSentences(std::string_view text, size_t begin, size_t end);
// The same, appended to *out (which callers can reuse from line to line).
void SplitSentences(std::string_view text, size_t begin, size_t end, std::vector<Span>* out);
inline std::vector<Span> SplitSentences(std::string_view text) {
  return SplitSentences(text, 0, text.size());
}

// [begin, end) without leading and trailing spaces (ASCII, U+00A0, U+3000).
Span TrimSpaces(std::string_view text, size_t begin, size_t end);

}  // namespace bilat::text
