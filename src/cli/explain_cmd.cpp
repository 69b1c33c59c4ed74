// `bilat explain FILE [-g DIR]`: each sentence with its mentions (linked id or
// unlinked) and the events drawn from it, for gazetteer curators.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/common.h"
#include "extract/event_json.h"
#include "extract/extractor.h"
#include "text/article.h"
#include "text/decode.h"

namespace bilat::cli {
namespace {

std::string Describe(const link::Mention& m, const link::SentenceAnalysis& s, const gazetteer::Gazetteer& g) {
  std::string out = std::string(link::MentionKindName(m.kind)) + " " + std::string(s.OriginalOf(m.begin, m.end));
  if (m.kind == link::Mention::Kind::kPerson)
    out += m.person >= 0 ? " → " + g.people()[m.person].id : " → (unlinked)";
  if (!m.country.empty()) out += " [" + std::string(m.country) + "]";
  for (const auto& c : m.pair) out += " [" + std::string(c) + "]";
  if (!m.office.empty()) out += " {" + std::string(m.office) + "}";
  return out;
}

int RunExplain(const std::string& path, const std::string& gazetteer_dir, const std::string& published) {
  auto g = LoadGazetteerOrReport(gazetteer_dir, "explain");
  if (!g) return kExitUsage;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "bilat explain: " << path << ": cannot read\n";
    return kExitUsage;
  }
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::string text;
  if (Status st = text::DecodeToUtf8(bytes.str(), path, {}, &text); !st.ok()) {
    std::cerr << "bilat explain: " << st.ToString() << "\n";
    return kExitSkipped;
  }
  Date date = Date::ParseIso(published).value_or(Date{});
  text::Document doc = text::ParseArticle(std::filesystem::path(path).filename().string(), std::move(text), date);
  extract::Extractor extractor(*g);
  auto sentences = extractor.Analyze(doc);
  auto events = extractor.Extract(doc);
  for (const auto& s : sentences) {
    std::cout << "[" << text::SectionName(s.sentence->section) << " " << s.sentence->item << " @"
              << s.sentence->begin << "] " << s.original << "\n";
    for (const auto& m : s.mentions) std::cout << "    " << Describe(m, s, *g) << "\n";
    for (const auto& d : s.dates()) std::cout << "    date " << d.ToIso() << (d.inferred ? " (inferred)" : "") << "\n";
    for (const auto& e : events)
      for (const auto& ev : e.evidence)
        if (ev.offset == s.sentence->begin)
          std::cout << "  => " << extract::EventToJson(e).dump() << "\n";
  }
  return kExitOk;
}

}  // namespace

void SetupExplain(CLI::App* app, Run* run) {
  auto path = std::make_shared<std::string>();
  auto dir = std::make_shared<std::string>();
  auto published = std::make_shared<std::string>();
  app->add_option("FILE", *path, "One article (a text file)")->required();
  app->add_option("-g,--gazetteer", *dir, "Gazetteer folder");
  app->add_option("--published", *published, "The article's publication date (YYYY[-MM[-DD]])");
  *run = [path, dir, published] { return RunExplain(*path, *dir, *published); };
}

}  // namespace bilat::cli
