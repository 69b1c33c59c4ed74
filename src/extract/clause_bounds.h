// Clause bounds in a normalized sentence: clauses are delimited by , ; : 。
// and ，. Byte scans from the position asked about, testing one byte at a
// time against a table (the rules ask a few times per sentence, about
// positions a clause or two from its bounds). Pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace bilat::extract {

// Just after the last delimiter that starts before pos, else 0.
// REQUIRES: text is valid UTF-8.
size_t ClauseStart(std::string_view text, size_t pos);
// The start of the first delimiter at or after pos, else text.size().
// REQUIRES: text is valid UTF-8; pos is on a code point boundary or just
// after a delimiter's first byte.
size_t ClauseEnd(std::string_view text, size_t pos);

}  // namespace bilat::extract
