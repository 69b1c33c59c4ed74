#include "test_util.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "gazetteer/loader.h"
#include "text/article.h"
#include "text/normalize.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

namespace bilat::testing {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// `utf8` in `encoding`, or nullopt when some character has no mapping there.
std::optional<std::string> Encode(const std::string& utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(encoding, &status);
  REQUIRE(U_SUCCESS(status));
  ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<size_t>(s.length()) * 4 + 16, '\0');
  int32_t n = ucnv_fromUChars(cnv, out.data(), static_cast<int32_t>(out.size()), s.getBuffer(),
                              s.length(), &status);
  ucnv_close(cnv);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<size_t>(n));
  return out;
}

const gazetteer::Gazetteer& RepoGazetteer() {
  static const gazetteer::Gazetteer* loaded = [] {
    auto* g = new gazetteer::Gazetteer;
    std::vector<gazetteer::Problem> problems;
    Status status = gazetteer::LoadGazetteer(RepoPath("gazetteer"), g, &problems);
    for (const auto& p : problems) std::cerr << p.ToString() << "\n";
    if (!status.ok()) {
      std::cerr << status.ToString() << "\n";
      std::abort();
    }
    return g;
  }();
  return *loaded;
}

std::vector<std::string> NormalizedSeedSentences() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(RepoPath("corpus"))) {
    if (entry.path().extension() != ".txt") continue;
    text::Document doc = text::ParseArticle(entry.path().filename().string(), ReadFile(entry.path()), {});
    for (const auto& s : doc.sentences) out.push_back(text::Normalize(doc.SentenceText(s)).text);
  }
  return out;
}

}  // namespace bilat::testing
