#include "query/csv_writer.h"

#include <vector>

namespace bilat::query {
namespace {

std::string Flatten(const nlohmann::ordered_json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string joined;
    for (size_t i = 0; i < value.size(); ++i) {
      if (i > 0) joined += ';';
      joined += Flatten(value[i]);
    }
    return joined;
  }
  return value.dump();
}

std::string Field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void WriteRecord(const std::vector<std::string>& fields, std::ostream& out) {
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << Field(fields[i]);
  out << "\n";
}

}  // namespace

std::string CsvText(const Cell& cell) { return cell.csv ? *cell.csv : Flatten(cell.value); }

void WriteCsv(const ResultTable& table, std::ostream& out) {
  std::vector<std::string> fields;
  for (const Column& column : table.columns)
    if (column.in_data) fields.push_back(column.key);
  WriteRecord(fields, out);
  for (const auto& row : table.rows) {
    fields.clear();
    for (size_t i = 0; i < table.columns.size(); ++i)
      if (table.columns[i].in_data) fields.push_back(CsvText(row[i]));
    WriteRecord(fields, out);
  }
}

}  // namespace bilat::query
