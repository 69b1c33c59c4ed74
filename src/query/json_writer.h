// JSON output of a ResultTable for scripts: an array with one object per
// row, fields in column order (every column but tables-only ones), values
// typed (numbers, arrays, booleans; "" for a missing text). Two-space
// indentation, UTF-8 as is, a final newline: byte-stable for equal input.
// Pure; thread-safe.
#pragma once

#include <ostream>

#include "query/result_table.h"

namespace bilat::query {

void WriteJson(const ResultTable& table, std::ostream& out);

}  // namespace bilat::query
