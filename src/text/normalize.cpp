// Normalization through a per-code-point table.
//
// Normalizing a gigabyte one ICU call per character is too slow, and almost
// every character maps on its own: the table holds, for each code point below
// kTableSize (BMP, SMP and SIP, which hold CJK Extensions B-F), the UTF-8 of
// lowercase(fold(NFKC(c))) where fold is Traditional → Simplified
// (fold_table.inc, generated from ICU's "Hant-Hans"). It is built once, on
// first use, in a few milliseconds.
//
// What one code point cannot decide alone is composition: 'a' + U+0302 must
// become 'â', Hangul jamo compose into syllables, combining marks reorder.
// Code points that may interact with what precedes them (canonical combining
// class != 0, or NFKC_Quick_Check = Maybe) are flagged in the table; when the
// main loop meets one, it takes back the output of the previous starter and
// runs ICU's NFKC on the cluster "starter + following flagged code points",
// then maps the result through the table. All bytes of a cluster point back
// to its starter.
//
// Also folded: every horizontal space (tab, U+00A0, U+2002..., U+3000) to
// ' '; default-ignorable code points (U+200B, U+FEFF, soft hyphen, variation
// selectors) are dropped. Line breaks are kept, so that matches never span
// paragraphs.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "text/internal/bytes.h"

namespace bilat::text {
namespace {

struct FoldPair {
  char32_t traditional;
  char32_t simplified;
};

constexpr FoldPair kFoldPairs[] = {
#include "text/fold_table.inc"
};

constexpr char32_t kTableSize = 0x30000;

// One table entry: bits 0-23 offset of the mapping in the blob, bits 24-29 its
// length in bytes, bit 30 identity (copy the input bytes), bit 31 joins the
// previous code point (see above).
constexpr uint32_t kIdentity = 1u << 30;
constexpr uint32_t kJoins = 1u << 31;
constexpr uint32_t kLengthShift = 24;
constexpr uint32_t kLengthMask = 0x3F;
constexpr uint32_t kOffsetMask = 0xFFFFFF;

char32_t FoldTraditional(char32_t c) {
  auto it = std::lower_bound(std::begin(kFoldPairs), std::end(kFoldPairs), c,
                             [](const FoldPair& p, char32_t v) { return p.traditional < v; });
  return (it != std::end(kFoldPairs) && it->traditional == c) ? it->simplified : c;
}

bool IsLineBreak(UChar32 c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out->append(buf, static_cast<size_t>(n));
}

// Space fold, ignorable removal, Traditional fold and lowercase of one code
// point already in NFKC.
void AppendFolded(UChar32 c, std::string* out) {
  if (u_isUWhiteSpace(c) && !IsLineBreak(c)) {
    out->push_back(' ');
  } else if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
    // dropped
  } else {
    AppendUtf8(u_tolower(static_cast<UChar32>(FoldTraditional(static_cast<char32_t>(c)))), out);
  }
}

void AppendFoldedString(const icu::UnicodeString& s, std::string* out) {
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    AppendFolded(c, out);
    i += U16_LENGTH(c);
  }
}

// The full mapping of one code point on its own (slow; table building and
// code points beyond the table).
void MapCodePoint(UChar32 c, std::string* out) {
  if (u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) != UNORM_NO) {
    AppendFolded(c, out);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString s = nfkc->normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status)) s = icu::UnicodeString(c);
  AppendFoldedString(s, out);
}

bool JoinsPrevious(UChar32 c) {
  return u_getCombiningClass(c) != 0 ||
         u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_MAYBE;
}

class Table {
 public:
  static const Table& Get() {
    static const Table table;  // thread-safe initialization
    return table;
  }

  uint32_t entry(char32_t c) const { return entries_[c]; }
  // Whether the code point c of a well-formed three-byte sequence (as
  // LoadThree gives it) maps to itself and joins nothing: the common case, in
  // a bitmap small enough to stay in the L1 cache. Read without decoding c:
  // c >> 6 is in the lead and second bytes, c & 63 in the third.
  bool IsPlainThree(uint32_t three) const {
    const uint32_t word = (three & 0x0F) << 6 | (three >> 8 & 0x3F);
    return (plain_[word] >> (three >> 16 & 63) & 1) != 0;
  }
  const char* bytes(uint32_t entry) const { return blob_.data() + (entry & kOffsetMask); }
  // Longest mapping of one code point, in bytes.
  size_t max_length() const { return max_length_; }

 private:
  Table() : entries_(kTableSize, kIdentity) {
    std::vector<bool> folds(kTableSize, false);
    for (const FoldPair& p : kFoldPairs) {
      if (p.traditional < kTableSize) folds[p.traditional] = true;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    std::string mapped;
    for (UChar32 c = 0; c < static_cast<UChar32>(kTableSize); ++c) {
      if (U_IS_SURROGATE(c)) continue;  // never decoded from valid UTF-8
      // Ideographs and Hangul syllables map to themselves unless they fold
      // (Traditional → Simplified); skipping ICU for them keeps start-up short.
      if (!folds[c] && (IsPlainIdeographOrSyllable(c) || u_charType(c) == U_UNASSIGNED)) continue;
      // Inert (NFKC leaves it alone, combining class 0, composes with
      // nothing): one cheap look-up answers the NFKC questions below.
      const bool inert = U_SUCCESS(status) && nfkc->isInert(c);
      uint32_t joins = !inert && JoinsPrevious(c) ? kJoins : 0;
      if (!folds[c] && !(inert ? CaseOrSpaceChanges(c) : MaybeChanges(c))) {
        entries_[c] = kIdentity | joins;
        continue;
      }
      mapped.clear();
      MapCodePoint(c, &mapped);
      char self[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(self, n, c);
      if (mapped == std::string_view(self, static_cast<size_t>(n)) ||
          mapped.size() > kLengthMask) {  // longest real mapping: 33 bytes
        entries_[c] = kIdentity | joins;
        continue;
      }
      entries_[c] = static_cast<uint32_t>(blob_.size()) |
                    static_cast<uint32_t>(mapped.size()) << kLengthShift | joins;
      blob_ += mapped;
      max_length_ = std::max(max_length_, mapped.size());
    }
    for (char32_t c = 0x800; c < 0x10000; ++c) {
      if (!U_IS_SURROGATE(c) && (entries_[c] & (kIdentity | kJoins)) == kIdentity)
        plain_[c >> 6] |= uint64_t{1} << (c & 63);
    }
  }

  static bool IsPlainIdeographOrSyllable(UChar32 c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2EBEF);
  }

  static bool MaybeChanges(UChar32 c) {
    return u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_NO || CaseOrSpaceChanges(c);
  }
  static bool CaseOrSpaceChanges(UChar32 c) {
    return u_tolower(c) != c || u_isUWhiteSpace(c) ||
           u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
  }

  std::vector<uint32_t> entries_;
  std::array<uint64_t, 0x10000 / 64> plain_{};
  std::string blob_;
  size_t max_length_ = 4;
};

// ASCII on its own: lowercase letters, tab/VT/FF to space.
struct AsciiMap {
  char to[128];
  constexpr AsciiMap() : to() {
    for (int c = 0; c < 128; ++c) to[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) to[c] = static_cast<char>(c - 'A' + 'a');
    to[int{'\t'}] = to[int{'\v'}] = to[int{'\f'}] = ' ';  // int: no char subscripts
  }
};
constexpr AsciiMap kAscii;

// Output buffer: text and, when kOrigin, the anchors of its origins. Grows
// geometrically; callers Reserve() before writing.
template <bool kOrigin>
class Sink {
 public:
  Sink(std::string* text, std::vector<OriginAnchor>* anchors, size_t expected) : text_(text), anchors_(anchors) {
    if constexpr (kOrigin) anchors_->clear();
    Grow(expected + 64);
  }

  void Reserve(size_t n) {
    if (size_ + n > capacity_) Grow(std::max(size_ + n, capacity_ * 2));
  }
  // One byte, a character of its own from original offset `from`.
  void Put(char byte, uint32_t from) {
    if constexpr (kOrigin) Correspond(from);
    text_data_[size_++] = byte;
  }
  // n bytes of three-byte characters copied as they are, the first from
  // original offset `from`.
  void PutThreeByteRun(const char* bytes, size_t n, uint32_t from) {
    if constexpr (kOrigin) Correspond(from);
    std::memcpy(text_data_ + size_, bytes, n);
    size_ += n;
  }
  // The mapping of the code point at original offset `from`: one code point
  // (of any length) or several, or none.
  void Put(const char* bytes, size_t n, uint32_t from) {
    if (n == 0) return;
    if constexpr (kOrigin) {
      if (n == Utf8Length(static_cast<unsigned char>(bytes[0]))) {
        Correspond(from);
      } else {
        anchors_->push_back({static_cast<uint32_t>(size_), from, true});
      }
    }
    for (size_t k = 0; k < n; ++k) text_data_[size_ + k] = bytes[k];
    size_ += n;
  }
  size_t size() const { return size_; }
  void Truncate(size_t n) {
    size_ = n;
    if constexpr (kOrigin) {
      while (!anchors_->empty() && anchors_->back().normalized >= n) anchors_->pop_back();
    }
  }
  void Finish() { text_->resize(size_); }

 private:
  // The code point about to be written comes from original offset `from`:
  // a new anchor unless the last one already says so.
  void Correspond(uint32_t from) {
    const auto out = static_cast<uint32_t>(size_);
    if (!anchors_->empty()) {
      const OriginAnchor& last = anchors_->back();
      if (!last.whole && from - last.original == out - last.normalized) return;
    }
    anchors_->push_back({out, from, false});
  }

  void Grow(size_t n) {
    text_->resize(n);
    text_data_ = text_->data();
    capacity_ = n;
  }

  std::string* text_;
  std::vector<OriginAnchor>* anchors_;
  char* text_data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// Decodes the code point at in[i], of length *len. Malformed input (which the
// contract excludes) decodes as U+FFFD over one byte.
inline char32_t Decode(const unsigned char* in, size_t i, size_t n, size_t* len) {
  unsigned char b = in[i];
  if (b >= 0xC2 && b < 0xE0 && i + 1 < n && (in[i + 1] & 0xC0) == 0x80) {
    *len = 2;
    return (b & 0x1Fu) << 6 | (in[i + 1] & 0x3Fu);
  }
  if (b >= 0xE0 && b < 0xF0 && i + 2 < n && (in[i + 1] & 0xC0) == 0x80 &&
      (in[i + 2] & 0xC0) == 0x80) {
    *len = 3;
    char32_t c = (b & 0x0Fu) << 12 | (in[i + 1] & 0x3Fu) << 6 | (in[i + 2] & 0x3Fu);
    if (c >= 0x800 && !U_IS_SURROGATE(c)) return c;
  }
  if (b >= 0xF0 && b < 0xF5 && i + 3 < n && (in[i + 1] & 0xC0) == 0x80 &&
      (in[i + 2] & 0xC0) == 0x80 && (in[i + 3] & 0xC0) == 0x80) {
    *len = 4;
    char32_t c = (b & 0x07u) << 18 | (in[i + 1] & 0x3Fu) << 12 | (in[i + 2] & 0x3Fu) << 6 |
                 (in[i + 3] & 0x3Fu);
    if (c >= 0x10000 && c <= 0x10FFFF) return c;
  }
  *len = 1;
  return 0xFFFD;
}

// Whether a well-formed three-byte sequence starts at in[i] whose code
// point Table::IsPlainThree.
inline bool IsPlainThreeByte(const Table& table, const unsigned char* in, size_t i, size_t n) {
  uint32_t three = internal::LoadThree(in, i, n);
  return internal::IsThreeByteSequence(three) && table.IsPlainThree(three);
}

// The end of the run of characters that IsPlainThreeByte from in[end]:
// two at a time from one 8-byte load while eight bytes are readable.
// REQUIRES: end <= n.
inline size_t PlainThreeByteRunEnd(const Table& table, const unsigned char* in, size_t end,
                                   size_t n) {
  if constexpr (std::endian::native == std::endian::little) {
    for (uint32_t first, second; n - end >= 8 && internal::LoadTwoThree(in + end, &first, &second); end += 6) {
      if (!table.IsPlainThree(first)) return end;
      if (!table.IsPlainThree(second)) return end + 3;
    }
  }
  while (IsPlainThreeByte(table, in, end, n)) end += 3;
  return end;
}

// Emits the mapping of c, which starts at original offset `from`.
template <bool kOrigin>
inline void EmitMapped(const Table& table, char32_t c, const char* original, size_t len,
                       uint32_t from, Sink<kOrigin>* sink) {
  if (c < kTableSize) {
    uint32_t e = table.entry(c);
    if (e & kIdentity) {
      sink->Put(original, len, from);
    } else {
      sink->Put(table.bytes(e), (e >> kLengthShift) & kLengthMask, from);
    }
    return;
  }
  std::string mapped;
  MapCodePoint(static_cast<UChar32>(c), &mapped);
  sink->Reserve(mapped.size());
  sink->Put(mapped.data(), mapped.size(), from);
}

// NFKC of the original bytes [begin, end), folded, all from `begin`.
template <bool kOrigin>
void EmitCluster(const Table& table, std::string_view utf8, size_t begin, size_t end,
                 Sink<kOrigin>* sink) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString s = nfkc->normalize(
      icu::UnicodeString::fromUTF8(utf8.substr(begin, end - begin)), status);
  std::string composed;
  if (U_SUCCESS(status)) s.toUTF8String(composed);
  else composed.assign(utf8.substr(begin, end - begin));
  const auto* in = reinterpret_cast<const unsigned char*>(composed.data());
  for (size_t i = 0; i < composed.size();) {
    size_t len;
    char32_t c = Decode(in, i, composed.size(), &len);
    sink->Reserve(table.max_length());
    EmitMapped(table, c, composed.data() + i, len, static_cast<uint32_t>(begin), sink);
    i += len;
  }
}

template <bool kOrigin>
void NormalizeInto(std::string_view utf8, std::string* text, std::vector<OriginAnchor>* anchors) {
  const Table& table = Table::Get();
  Sink<kOrigin> sink(text, anchors, utf8.size());
  const auto* in = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  const size_t reserve = table.max_length();
  // The last code point that does not join its predecessor: where a cluster
  // starts in the input, and where its output started.
  size_t starter_in = 0;
  size_t starter_out = 0;
  size_t i = 0;
  while (i < n) {
    sink.Reserve(reserve);
    if (in[i] < 0x80) {
      starter_in = i;
      starter_out = sink.size();
      sink.Put(kAscii.to[in[i]], static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    if (IsPlainThreeByte(table, in, i, n)) {
      // Most of Chinese text: a run of 3-byte code points that map to
      // themselves, copied as they are. The last one is the starter.
      size_t end = PlainThreeByteRunEnd(table, in, i + 3, n);
      sink.Reserve(end - i);
      sink.PutThreeByteRun(utf8.data() + i, end - i, static_cast<uint32_t>(i));
      starter_in = end - 3;
      starter_out = sink.size() - 3;
      i = end;
      continue;
    }
    size_t len;
    char32_t c = Decode(in, i, n, &len);
    if (c < kTableSize && (table.entry(c) & kJoins)) {
      size_t end = i + len;
      while (end < n) {
        size_t next_len;
        char32_t next = Decode(in, end, n, &next_len);
        if (next >= kTableSize || !(table.entry(next) & kJoins)) break;
        end += next_len;
      }
      sink.Truncate(starter_out);
      EmitCluster(table, utf8, starter_in, end, &sink);
      i = end;
      continue;
    }
    starter_in = i;
    starter_out = sink.size();
    EmitMapped(table, c, utf8.data() + i, len, static_cast<uint32_t>(i), &sink);
    i += len;
  }
  sink.Finish();
}

// UTF-8 decoding of a table mapping, one code point after another.
template <typename Visit>
void ForEachCodePoint(std::string_view utf8, Visit visit) {
  const auto* in = reinterpret_cast<const unsigned char*>(utf8.data());
  for (size_t i = 0, len = 1; i < utf8.size(); i += len) {
    len = 1;
    visit(in[i] < 0x80 ? char32_t{in[i]} : Decode(in, i, utf8.size(), &len));
  }
}

}  // namespace

NormalizationWatch::NormalizationWatch(std::u32string_view watched) : watched_(watched) {
  std::sort(watched_.begin(), watched_.end());
  for (char32_t c = 0; c < ascii_kept_.size(); ++c) {
    const auto mapped = static_cast<char32_t>(kAscii.to[c]);  // as NormalizeInto maps ASCII
    ascii_kept_[c] = mapped == c || (!IsWatched(c) && !IsWatched(mapped));
  }
}

bool NormalizationWatch::IsWatched(char32_t c) const {
  return std::binary_search(watched_.begin(), watched_.end(), c);
}

bool NormalizationWatch::KeepsCodePoint(char32_t c) const {
  if (c >= kTableSize) return false;  // mapped by ICU, not the table
  const Table& table = Table::Get();
  const uint32_t e = table.entry(c);
  if (e & kJoins) return false;
  if (e & kIdentity) return true;
  const size_t length = (e >> kLengthShift) & kLengthMask;
  if (length == 0 || IsWatched(c)) return false;
  bool watched_inside = false;
  ForEachCodePoint(std::string_view(table.bytes(e), length),
                   [&](char32_t m) { watched_inside = watched_inside || IsWatched(m); });
  return !watched_inside;
}

bool NormalizationWatch::Keeps(std::string_view utf8) const {
  const Table& table = Table::Get();
  const auto* in = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  for (size_t i = 0; i < n;) {
    if (in[i] < 0x80) {
      if (!ascii_kept_[in[i]]) return false;
      ++i;
    } else if (IsPlainThreeByte(table, in, i, n)) {
      i = PlainThreeByteRunEnd(table, in, i + 3, n);
    } else {
      size_t len;
      if (!KeepsCodePoint(Decode(in, i, n, &len))) return false;
      i += len;
    }
  }
  return true;
}

NormalizedText Normalize(std::string_view utf8) {
  NormalizedText result;
  Normalize(utf8, &result);
  return result;
}

void Normalize(std::string_view utf8, NormalizedText* out) {
  NormalizeInto<true>(utf8, &out->text, &out->anchors);
  out->original_size = static_cast<uint32_t>(utf8.size());
}

size_t NormalizedText::ToOriginal(size_t normalized_offset) const {
  if (normalized_offset >= text.size()) return original_size;
  auto after = std::upper_bound(anchors.begin(), anchors.end(), normalized_offset,
                                [](size_t offset, const OriginAnchor& a) { return offset < a.normalized; });
  const OriginAnchor& anchor = *(after - 1);  // the first anchor is at 0
  if (anchor.whole) return anchor.original;
  size_t start = normalized_offset;  // of the code point holding the byte
  while (start > anchor.normalized && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return anchor.original + (start - anchor.normalized);
}

std::string NormalizeKey(std::string_view utf8) {
  std::string text;
  NormalizeInto<false>(utf8, &text, nullptr);
  return text;
}

}  // namespace bilat::text
