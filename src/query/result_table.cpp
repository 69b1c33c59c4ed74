#include "query/result_table.h"

#include <cmath>

#include "query/csv_writer.h"
#include "query/json_writer.h"
#include "query/table_writer.h"

namespace bilat::query {

Cell Cell::Text(std::string text) {
  Cell cell;
  cell.value = text;
  cell.text = std::move(text);
  return cell;
}

Cell Cell::Number(double value, std::string text) {
  Cell cell;
  cell.text = std::move(text);
  // Whole numbers as integers, so that JSON and CSV show no ".0".
  if (std::trunc(value) == value && std::fabs(value) < 9e15)
    cell.value = static_cast<int64_t>(value);
  else
    cell.value = value;
  return cell;
}

Cell Cell::Bool(bool value) {
  Cell cell;
  cell.text = value ? "yes" : "";
  cell.value = value;
  return cell;
}

Cell Cell::List(const std::vector<std::string>& items, std::string_view separator) {
  Cell cell;
  cell.value = nlohmann::ordered_json::array();
  for (const std::string& item : items) {
    if (!cell.text.empty()) cell.text += separator;
    cell.text += item;
    cell.value.push_back(item);
  }
  return cell;
}

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "json") return OutputFormat::kJson;
  if (name == "csv") return OutputFormat::kCsv;
  return std::nullopt;
}

void WriteResult(const ResultTable& table, OutputFormat format, std::ostream& out) {
  switch (format) {
    case OutputFormat::kTable: return WriteTable(table, out);
    case OutputFormat::kJson: return WriteJson(table, out);
    case OutputFormat::kCsv: return WriteCsv(table, out);
  }
}

}  // namespace bilat::query
