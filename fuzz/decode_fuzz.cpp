// Fuzz target: decoding arbitrary bytes (encoding detection, and each forced
// encoding bilat accepts), then normalizing what decodes. Whatever the bytes,
// DecodeToUtf8 must either fail with a place ("byte N: ...", "empty file") or
// produce valid UTF-8 without NUL, which Normalize must accept.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/decode.h"
#include "text/normalize.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void DecodeAs(std::string_view bytes, const char* encoding) {
  std::string out;
  bilat::Status status = bilat::text::DecodeToUtf8(bytes, "fuzz", {encoding}, &out);
  if (!status.ok()) {
    Check(!status.what().empty());
    return;
  }
  Check(bilat::text::IsValidUtf8(out));
  Check(out.find('\0') == std::string::npos);
  bilat::text::NormalizedText n = bilat::text::Normalize(out);
  Check(n.origin.size() == n.text.size() + 1);
  Check(n.origin.back() == out.size());
  for (uint32_t o : n.origin) Check(o <= out.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DecodeAs(bytes, "");
  // The forced encodings cost a conversion each: try them on a share of inputs
  // chosen by the last byte, so the detector path keeps most of the time.
  if (size > 0) {
    static const char* const kForced[] = {"UTF-8", "GB18030", "Big5", "UTF-16", "UTF-16LE"};
    DecodeAs(bytes, kForced[data[size - 1] % 5]);
  }
  return 0;
}
