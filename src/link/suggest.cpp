#include "link/suggest.h"

#include <algorithm>

#include "extract/extractor.h"

namespace bilat::link {

SuggestionCollector::SuggestionCollector(const gazetteer::Gazetteer& gazetteer)
    : extractor_(std::make_unique<extract::Extractor>(gazetteer)) {}

SuggestionCollector::~SuggestionCollector() = default;

void SuggestionCollector::Add(const text::Document& doc) {
  for (const SentenceAnalysis& s : extractor_->Analyze(doc)) {
    for (const Mention& m : s.mentions) {
      if (!m.is_person() || m.person >= 0) continue;
      Suggestion& sug = by_name_[std::string(m.name)];
      sug.name = m.name;
      if (sug.country.empty()) sug.country = m.country;
      if (sug.office.empty()) sug.office = m.office;
      if (sug.docs.size() < 3 && std::find(sug.docs.begin(), sug.docs.end(), doc.id) == sug.docs.end())
        sug.docs.push_back(doc.id);
      ++sug.count;
    }
  }
}

std::vector<Suggestion> SuggestionCollector::Result() const {
  std::vector<Suggestion> out;
  for (const auto& [name, s] : by_name_) out.push_back(s);
  std::stable_sort(out.begin(), out.end(), [](const Suggestion& a, const Suggestion& b) { return a.count > b.count; });
  return out;
}

void WriteSuggestionsYaml(std::ostream& out, const std::vector<Suggestion>& suggestions) {
  out << "# " << suggestions.size()
      << " titled names the gazetteer does not know. Review each stub, give it a real id,\n"
         "# names in every language and dated roles, then move it to gazetteer/people/<cc>.yaml.\n"
         "people:\n";
  int n = 0;
  for (const Suggestion& s : suggestions) {
    std::string cc = s.country.empty() ? "xx" : s.country;
    std::transform(cc.begin(), cc.end(), cc.begin(), [](unsigned char c) { return std::tolower(c); });
    out << "  - id: " << cc << ".todo-" << ++n << "\n"
        << "    names: {zh-Hans: [\"" << s.name << "\"]}\n"
        << "    country: " << (s.country.empty() ? "XX  # unknown" : s.country) << "\n";
    if (!s.office.empty())
      out << "    roles:\n      - {office: " << s.office << ", country: " << (s.country.empty() ? "XX" : s.country)
          << "}\n";
    out << "    # seen " << s.count << " time(s) in:";
    for (const auto& d : s.docs) out << " " << d;
    out << "\n";
  }
}

}  // namespace bilat::link
