// Plain-text tables for terminals: one line per row, columns padded to the
// widest cell by display width, so that Chinese (two columns per character)
// and Latin text line up. Pure functions; thread-safe.
#pragma once

#include <ostream>
#include <string_view>

#include "query/result_table.h"

namespace bilat::query {

// Terminal columns `utf8` takes: 2 for East Asian Wide and Fullwidth
// characters (ICU's UCHAR_EAST_ASIAN_WIDTH), 0 for combining marks and
// format characters, 1 for the rest (Ambiguous counts as narrow).
// REQUIRES: valid UTF-8.
int DisplayWidth(std::string_view utf8);

// A heading line, a rule of '-', then the rows; columns apart by two spaces,
// no trailing blanks. Columns with in_table == false are left out. Nothing
// but the heading and rule when there are no rows.
void WriteTable(const ResultTable& table, std::ostream& out);

}  // namespace bilat::query
