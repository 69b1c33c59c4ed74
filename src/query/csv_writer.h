// CSV output of a ResultTable for scripts (RFC 4180): a header of column
// keys, then one record per row (tables-only columns left out). A field is quoted
// (quotes doubled) when it holds a comma, quote or line break; lines end in
// "\n". Pure; thread-safe.
#pragma once

#include <ostream>
#include <string>

#include "query/result_table.h"

namespace bilat::query {

// A cell as CSV writes it: its `csv` text when set, else its JSON value
// flattened: strings as they are, numbers as JSON writes them, booleans
// true/false, null empty, arrays joined by ';'.
std::string CsvText(const Cell& cell);

void WriteCsv(const ResultTable& table, std::ostream& out);

}  // namespace bilat::query
