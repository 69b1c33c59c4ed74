// Fuzz target: normalization, article structure and sentence splitting on
// any valid UTF-8 text. Offsets must stay inside the text and map back into
// the original; sentences must be ordered, non-empty spans.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/article.h"
#include "text/decode.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!bilat::text::IsValidUtf8(text)) return 0;
  bilat::text::NormalizedText n = bilat::text::Normalize(text);
  Check(n.origin.size() == n.text.size() + 1);
  Check(bilat::text::IsValidUtf8(n.text));
  for (uint32_t o : n.origin) Check(o <= text.size());
  Check(bilat::text::NormalizeKey(text) == n.text);

  size_t previous_end = 0;
  for (const bilat::text::Span& s : bilat::text::SplitSentences(text)) {
    Check(s.begin < s.end && s.end <= text.size() && s.begin >= previous_end);
    previous_end = s.end;
  }

  bilat::text::Document doc =
      bilat::text::ParseArticle("fuzz", std::string(text), bilat::Date{2020, 1, 31});
  for (const bilat::text::Sentence& s : doc.sentences) {
    Check(s.begin <= s.end && s.end <= doc.text.size());
    Check(s.item >= 0 && static_cast<size_t>(s.item) < doc.items.size());
    Check(bilat::text::IsValidUtf8(doc.SentenceText(s)));
  }
  for (const bilat::text::Item& item : doc.items) Check(item.begin <= item.end && item.end <= doc.text.size());
  return 0;
}
