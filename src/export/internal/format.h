// Internal to export/: small text helpers the writers share (number
// formatting, XML and CSV escaping, evidence as JSON). Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace bilat::exporter::internal {

// Whole numbers without exponent or ".0" ("165900000000"); others with
// enough digits to read back the same double.
std::string FormatNumber(double value);

std::string XmlEscape(const std::string& text);

// RFC 4180: quoted (with doubled quotes) when it holds a comma, quote or newline.
std::string CsvField(const std::string& text);
std::string CsvRow(const std::vector<std::string>& fields);

// [{"doc":…,"offset":…,"text":…,"section":…,"rule":…}, …] on one line.
std::string EvidenceJson(const std::vector<graph::EvidenceRef>& evidence);

// Distinct article ids of the evidence, in order, joined by `separator`.
std::string EvidenceDocs(const std::vector<graph::EvidenceRef>& evidence, const std::string& separator);

}  // namespace bilat::exporter::internal
