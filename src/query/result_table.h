// ResultTable: what every query answers with, in one shape that the table,
// JSON and CSV writers share. Columns have a stable key (JSON field, CSV
// header) and a heading (tables); some columns (ids) are for scripts only and
// stay out of tables. Each cell has the text a table shows and the typed JSON
// value scripts read; CSV writes the JSON value flattened (see CsvText).
// Plain values; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace bilat::query {

enum class Align { kLeft, kRight };

struct Column {
  std::string key;            // JSON field and CSV header: "visitor_id"
  std::string heading;        // table heading: "visitor"
  Align align = Align::kLeft;
  bool in_table = true;       // false: JSON and CSV only
  bool in_data = true;        // false: tables only
};

struct Cell {
  std::string text;                // as a table shows it
  nlohmann::ordered_json value;    // as JSON writes it
  std::optional<std::string> csv;  // CSV text when not derived from value

  // A string cell: text and value are the same.
  static Cell Text(std::string text);
  // A number: `text` for tables, the number for JSON and CSV.
  static Cell Number(double value, std::string text);
  // A boolean: "yes" or "" in tables.
  static Cell Bool(bool value);
  // A list of strings: joined by `separator` in tables, an array in JSON,
  // joined by ';' in CSV.
  static Cell List(const std::vector<std::string>& items, std::string_view separator);
};

struct ResultTable {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // each row has one cell per column
};

enum class OutputFormat { kTable, kJson, kCsv };
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);  // table | json | csv

// Writes `table` with WriteTable, WriteJson or WriteCsv.
void WriteResult(const ResultTable& table, OutputFormat format, std::ostream& out);

}  // namespace bilat::query
