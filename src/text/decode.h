// Decoding: turns the bytes of an input file into UTF-8 text, detecting the
// encoding when none is given (BOM, then UTF-8 validity, then ICU's charset
// detector restricted to what Chinese news comes in: GB18030, Big5, UTF-16),
// and refusing binary data. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace bilat::text {

struct DecodeOptions {
  // "" detects; otherwise an ICU converter name such as "UTF-8", "GB18030",
  // "Big5", "UTF-16" (BOM, else big-endian), "UTF-16LE".
  std::string encoding;
};

// Decodes `bytes` into `*out` (valid UTF-8, without BOM). `name` names the
// input in error messages, whose place is "name" and text one of
//   "empty file"
//   "byte N: binary data (NUL byte)"
//   "byte N: invalid UTF-8 (...)"        (when detection finds nothing else)
//   "byte N: truncated UTF-8 sequence at the end (E9 B2)"  (a file cut mid-character)
//   "byte N: invalid <encoding> (...)"   (when options.encoding was given)
// with N the offset of the first offending byte. An unknown encoding name is
// a Usage error. `*out` is unspecified on error.
Status DecodeToUtf8(std::string_view bytes, std::string_view name, const DecodeOptions& options,
                    std::string* out);
// The same, given the bytes: when they are UTF-8 already, they become *out
// without a copy. `bytes` is unspecified afterwards.
Status DecodeToUtf8(std::string&& bytes, std::string_view name, const DecodeOptions& options, std::string* out);

// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or
// code points above U+10FFFF). Otherwise, when first_bad is not null, sets
// *first_bad to the offset of the first byte of the first bad sequence.
bool IsValidUtf8(std::string_view bytes, size_t* first_bad = nullptr);

}  // namespace bilat::text
