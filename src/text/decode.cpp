// Decoding through ICU: ucsdet for detection, ucnv for conversion. The only
// place bilat calls either; UErrorCode becomes Status here.
#include "text/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "text/internal/three_byte_run.h"

namespace bilat::text {
namespace {

// Encodings a Chinese article may plausibly come in besides UTF-8.
constexpr const char* kPlausible[] = {"GB18030", "Big5", "UTF-16LE", "UTF-16BE"};
// Bytes handed to the detector: enough to decide, bounded on huge inputs.
constexpr size_t kDetectBytes = 64 * 1024;
// A file whose non-ASCII bytes are at least this share well-formed UTF-8 is a
// damaged UTF-8 file, not GB18030 (which decodes nearly any byte soup). In
// GB18030 and Big5 copies of the corpus the share is 0.31-0.37 and 0.14-0.16.
constexpr double kMostlyUtf8 = 0.75;

std::string Hex(std::string_view bytes) {
  std::string out;
  char buf[4];
  for (unsigned char b : bytes) {
    std::snprintf(buf, sizeof buf, "%s%02X", out.empty() ? "" : " ", b);
    out += buf;
  }
  return out;
}

std::string At(size_t offset) { return "byte " + std::to_string(offset) + ": "; }

// Length of the well-formed UTF-8 sequence at s[i], 0 when there is none.
size_t SequenceLength(const unsigned char* s, size_t i, size_t n) {
  unsigned char b = s[i];
  if (b < 0x80) return 1;
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i + k < n && s[i + k] >= lo && s[i + k] <= hi;
  };
  if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
  if (b == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (b == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // no surrogates
  if (b >= 0xE1 && b <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xF1 && b <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// The end of the run of ASCII bytes at s[i], eight bytes at a time.
size_t SkipAscii(const unsigned char* s, size_t i, size_t n) {
  while (n - i >= 8) {
    uint64_t word;
    std::memcpy(&word, s + i, 8);
    if (word & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && s[i] < 0x80) ++i;
  return i;
}

// The bytes of the bad sequence at `at`: as many as its lead byte announces.
std::string DescribeBadUtf8(std::string_view bytes, size_t at) {
  auto lead = static_cast<unsigned char>(bytes[at]);
  size_t announced = lead >= 0xF5 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1;
  return Hex(bytes.substr(at, announced));
}

// True when the bad sequence at `at` is the start of a well-formed one that
// the end of the bytes cuts short (a file truncated mid-character).
bool TruncatedAtEnd(std::string_view bytes, size_t at) {
  if (bytes.size() - at >= 4) return false;
  // Some lead bytes want 80-9F next, others A0-BF: complete with both.
  for (char filler : {'\x80', '\xA0'}) {
    std::string padded(bytes.substr(at));
    padded.append(4, filler);
    const auto* s = reinterpret_cast<const unsigned char*>(padded.data());
    if (SequenceLength(s, 0, padded.size()) > bytes.size() - at) return true;
  }
  return false;
}

// "byte N: invalid UTF-8 (E9 B2<suffix>)", or, for a sequence cut short by
// the end of the file, "byte N: truncated UTF-8 sequence at the end (E9 B2)".
std::string InvalidUtf8(std::string_view bytes, size_t base, size_t at, std::string_view suffix) {
  if (TruncatedAtEnd(bytes, at)) {
    return At(base + at) + "truncated UTF-8 sequence at the end (" + DescribeBadUtf8(bytes, at) + ")";
  }
  return At(base + at) + "invalid UTF-8 (" + DescribeBadUtf8(bytes, at) + std::string(suffix) + ")";
}

// Share of non-ASCII bytes that sit in well-formed UTF-8 sequences.
double Utf8Share(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t good = 0, bad = 0;
  for (size_t i = 0; i < bytes.size();) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    size_t len = SequenceLength(s, i, bytes.size());
    if (len == 0) {
      ++bad;
      ++i;
    } else {
      good += len;
      i += len;
    }
  }
  return good + bad == 0 ? 1.0 : static_cast<double>(good) / static_cast<double>(good + bad);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Converts `bytes` from `encoding` to UTF-8 without substitution. `base` is
// the offset of bytes[0] in the file, for messages. Refuses U+0000.
Status Convert(std::string_view bytes, size_t base, const std::string& encoding,
               std::string_view name, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) return Status::Usage("unknown encoding '" + encoding + "'");
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  // Nearly every encoding spends at least one byte per UTF-16 unit; grow in
  // the rare other case.
  std::vector<UChar> units(bytes.size() + 2);
  std::vector<int32_t> offsets(units.size());
  size_t count = 0;
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  for (;;) {
    const char* call_start = source;
    UChar* target = units.data() + count;
    int32_t* offset = offsets.data() + count;
    ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source, source_end, offset,
                   /*flush=*/true, &status);
    size_t produced = static_cast<size_t>(target - (units.data() + count));
    for (size_t k = 0; k < produced; ++k) offset[k] += static_cast<int32_t>(call_start - bytes.data());
    count += produced;
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    status = U_ZERO_ERROR;
    units.resize(units.size() * 2);
    offsets.resize(units.size());
  }
  if (U_FAILURE(status)) {
    char bad[32];
    int8_t bad_len = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.get(), bad, &bad_len, &ignored);
    if (U_FAILURE(ignored)) bad_len = 0;
    size_t at = static_cast<size_t>(source - bytes.data()) - static_cast<size_t>(bad_len);
    return Status::BadData(name, At(base + at) + "invalid " + encoding + " (" +
                                     Hex(std::string_view(bad, static_cast<size_t>(bad_len))) +
                                     ")");
  }
  size_t skip = (count > 0 && units[0] == 0xFEFF) ? 1 : 0;  // a BOM the converter kept
  for (size_t i = skip; i < count; ++i) {
    if (units[i] == 0) {
      return Status::BadData(name, At(base + static_cast<size_t>(offsets[i])) +
                                       "binary data (NUL byte)");
    }
  }
  out->resize(count * 3);
  int32_t length = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(out->data(), static_cast<int32_t>(out->size()), &length, units.data() + skip,
              static_cast<int32_t>(count - skip), &status);
  if (U_FAILURE(status)) {
    return Status::BadData(name, "cannot convert from " + encoding + ": " + u_errorName(status));
  }
  out->resize(static_cast<size_t>(length));
  return Status::Ok();
}

// Plausible encodings that ICU's detector proposes, best first.
std::vector<std::string> Candidates(std::string_view bytes, bool utf16_only) {
  std::vector<std::string> names;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
  if (U_FAILURE(status)) return names;
  size_t n = std::min(bytes.size(), kDetectBytes);
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(n), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &found, &status);
  if (U_FAILURE(status)) return names;
  for (int32_t i = 0; i < found; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    if (U_FAILURE(status) || name == nullptr) continue;
    for (const char* plausible : kPlausible) {
      if (std::strcmp(name, plausible) == 0 &&
          (!utf16_only || std::strncmp(name, "UTF-16", 6) == 0)) {
        names.emplace_back(name);
      }
    }
  }
  return names;
}

// The encoding named by a byte-order mark, and the mark's length.
const char* ByteOrderMark(std::string_view b, size_t* length) {
  auto starts = [&](std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xEF\xBB\xBF"sv)) return *length = 3, "UTF-8";
  if (starts("\xFF\xFE\x00\x00"sv)) return *length = 4, "UTF-32LE";
  if (starts("\x00\x00\xFE\xFF"sv)) return *length = 4, "UTF-32BE";
  if (starts("\xFF\xFE"sv)) return *length = 2, "UTF-16LE";
  if (starts("\xFE\xFF"sv)) return *length = 2, "UTF-16BE";
  *length = 0;
  return nullptr;
}

// Where the decoded text goes: text converted from another encoding is
// written to *out; input that is UTF-8 already is kept, copied to *out or,
// when the caller handed its bytes over, moved there.
class Output {
 public:
  explicit Output(std::string* out, std::string* handed_over = nullptr) : out_(out), handed_over_(handed_over) {}
  std::string* converted() const { return out_; }
  // Keeps `utf8`, a suffix of the input (all of it, or what follows a BOM).
  void Keep(std::string_view utf8) {
    if (handed_over_ == nullptr) {
      out_->assign(utf8);
      return;
    }
    handed_over_->erase(0, handed_over_->size() - utf8.size());
    *out_ = std::move(*handed_over_);
  }

 private:
  std::string* out_;
  std::string* handed_over_;
};

Status DecodeUtf8(std::string_view bytes, size_t base, std::string_view name, Output* out) {
  size_t bad = 0;
  if (!IsValidUtf8(bytes, &bad)) {
    return Status::BadData(name, InvalidUtf8(bytes, base, bad, ""));
  }
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    return Status::BadData(name, At(base + nul) + "binary data (NUL byte)");
  }
  out->Keep(bytes);
  return Status::Ok();
}

// C0 controls other than whitespace: text that is really binary.
bool HasControls(std::string_view utf8) {
  for (unsigned char c : utf8) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return true;
  }
  return false;
}

bool IsUtf8Name(std::string_view encoding) {
  return encoding == "UTF-8" || encoding == "utf-8" || encoding == "UTF8" || encoding == "utf8";
}

Status Detect(std::string_view bytes, std::string_view name, Output* out) {
  size_t bom = 0;
  if (const char* encoding = ByteOrderMark(bytes, &bom)) {
    if (IsUtf8Name(encoding)) return DecodeUtf8(bytes.substr(bom), bom, name, out);
    return Convert(bytes.substr(bom), bom, encoding, name, out->converted());
  }
  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    // UTF-16 without a BOM, or binary.
    for (const std::string& encoding : Candidates(bytes, /*utf16_only=*/true)) {
      if (bytes.size() % 2 == 0 && Convert(bytes, 0, encoding, name, out->converted()).ok() &&
          !HasControls(*out->converted())) {
        return Status::Ok();
      }
    }
    return Status::BadData(name, At(nul) + "binary data (NUL byte)");
  }
  size_t bad = 0;
  if (IsValidUtf8(bytes, &bad)) {
    out->Keep(bytes);
    return Status::Ok();
  }
  Status invalid =
      Status::BadData(name, InvalidUtf8(bytes, 0, bad, "; nor is it GB18030, Big5 or UTF-16"));
  // Cut short at the end of an otherwise valid file: UTF-8, not byte soup.
  if (TruncatedAtEnd(bytes, bad) || Utf8Share(bytes) >= kMostlyUtf8) return invalid;
  for (const std::string& encoding : Candidates(bytes, /*utf16_only=*/false)) {
    if (Convert(bytes, 0, encoding, name, out->converted()).ok()) return Status::Ok();
  }
  return invalid;
}

Status Decode(std::string_view bytes, std::string_view name, const DecodeOptions& options, Output* out) {
  if (bytes.empty()) return Status::BadData(name, "empty file");
  if (options.encoding.empty()) return Detect(bytes, name, out);
  if (IsUtf8Name(options.encoding)) {
    size_t bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    return DecodeUtf8(bytes.substr(bom), bom, name, out);
  }
  return Convert(bytes, 0, options.encoding, name, out->converted());
}

}  // namespace

bool IsValidUtf8(std::string_view bytes, size_t* first_bad) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      i = SkipAscii(s, i, n);
    } else if (internal::IsPlainThreeByte(s, i, n)) {  // most of CJK: no need for the full check
      i = internal::PlainThreeByteRunEnd(s, i, n);
    } else if (size_t len = SequenceLength(s, i, n)) {
      i += len;
    } else {
      if (first_bad != nullptr) *first_bad = i;
      return false;
    }
  }
  return true;
}

Status DecodeToUtf8(std::string_view bytes, std::string_view name, const DecodeOptions& options,
                    std::string* out) {
  Output output(out);
  return Decode(bytes, name, options, &output);
}

Status DecodeToUtf8(std::string&& bytes, std::string_view name, const DecodeOptions& options, std::string* out) {
  Output output(out, &bytes);
  return Decode(bytes, name, options, &output);
}

}  // namespace bilat::text
