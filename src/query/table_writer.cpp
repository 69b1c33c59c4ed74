#include "query/table_writer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

namespace bilat::query {
namespace {

int CodePointWidth(UChar32 c) {
  int category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
  int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

// `text` padded with spaces to `width` columns on the side `align` leaves.
std::string Pad(const std::string& text, int width, Align align) {
  std::string padding(std::max(0, width - DisplayWidth(text)), ' ');
  return align == Align::kRight ? padding + text : text + padding;
}

void WriteLine(const std::vector<std::string>& cells, const std::vector<int>& widths,
               const std::vector<Align>& aligns, std::ostream& out) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line += "  ";
    line += Pad(cells[i], widths[i], aligns[i]);
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out << line << "\n";
}

}  // namespace

int DisplayWidth(std::string_view utf8) {
  int width = 0;
  int32_t i = 0, length = static_cast<int32_t>(utf8.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, length, c);
    width += c < 0 ? 1 : CodePointWidth(c);
  }
  return width;
}

void WriteTable(const ResultTable& table, std::ostream& out) {
  std::vector<size_t> shown;
  for (size_t i = 0; i < table.columns.size(); ++i)
    if (table.columns[i].in_table) shown.push_back(i);

  std::vector<std::string> headings;
  std::vector<int> widths;
  std::vector<Align> aligns;
  for (size_t i : shown) {
    headings.push_back(table.columns[i].heading);
    widths.push_back(DisplayWidth(table.columns[i].heading));
    aligns.push_back(table.columns[i].align);
  }
  for (const auto& row : table.rows)
    for (size_t k = 0; k < shown.size(); ++k) widths[k] = std::max(widths[k], DisplayWidth(row[shown[k]].text));

  WriteLine(headings, widths, aligns, out);
  std::vector<std::string> rule;
  for (int w : widths) rule.push_back(std::string(w, '-'));
  WriteLine(rule, widths, aligns, out);
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (size_t i : shown) cells.push_back(row[i].text);
    WriteLine(cells, widths, aligns, out);
  }
}

}  // namespace bilat::query
