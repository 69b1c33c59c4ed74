#include "export/internal/format.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace bilat::exporter::internal {

std::string FormatNumber(double value) {
  char buf[64];
  if (std::trunc(value) == value && std::fabs(value) < 1e17) std::snprintf(buf, sizeof buf, "%.0f", value);
  else std::snprintf(buf, sizeof buf, "%.17g", value);
  return buf;
}

std::string XmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 forbids most control characters even when escaped.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') out += ' ';
        else out += c;
    }
  }
  return out;
}

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvRow(const std::vector<std::string>& fields) {
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) row += ',';
    row += CsvField(fields[i]);
  }
  return row + "\n";
}

std::string EvidenceJson(const std::vector<graph::EvidenceRef>& evidence) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const graph::EvidenceRef& ev : evidence)
    all.push_back({{"doc", ev.doc}, {"offset", ev.offset}, {"text", ev.text}, {"section", ev.section}, {"rule", ev.rule}});
  return all.dump();
}

std::string EvidenceDocs(const std::vector<graph::EvidenceRef>& evidence, const std::string& separator) {
  std::string out;
  std::vector<std::string> seen;
  for (const graph::EvidenceRef& ev : evidence) {
    bool dup = false;
    for (const std::string& s : seen) dup = dup || s == ev.doc;
    if (dup) continue;
    seen.push_back(ev.doc);
    if (!out.empty()) out += separator;
    out += ev.doc;
  }
  return out;
}

}  // namespace bilat::exporter::internal
