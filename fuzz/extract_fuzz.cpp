// Fuzz target: the whole path of one article through `bilat extract`: decode
// (with detection), parse, link and extract against the repository's
// gazetteer, then write the events as JSON Lines.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "extract/event_json.h"
#include "extract/extractor.h"
#include "gazetteer/loader.h"
#include "text/article.h"
#include "text/decode.h"

namespace {

const bilat::gazetteer::Gazetteer* g_gazetteer = nullptr;
const bilat::extract::Extractor* g_extractor = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto* gazetteer = new bilat::gazetteer::Gazetteer();
  std::vector<bilat::gazetteer::Problem> problems;
  bilat::Status status = bilat::gazetteer::LoadGazetteer(BILAT_SOURCE_GAZETTEER, gazetteer, &problems);
  if (!status.ok()) {
    std::fprintf(stderr, "extract_fuzz: %s\n", status.ToString().c_str());
    std::abort();
  }
  g_gazetteer = gazetteer;
  g_extractor = new bilat::extract::Extractor(*g_gazetteer);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string text;
  if (!bilat::text::DecodeToUtf8(bytes, "fuzz", {}, &text).ok()) return 0;
  bilat::text::Document doc = bilat::text::ParseArticle("fuzz", std::move(text), bilat::Date{2020, 1, 31});
  std::ostringstream out;
  for (const bilat::extract::Event& event : g_extractor->Extract(doc)) bilat::extract::WriteEventLine(out, event);
  return 0;
}
