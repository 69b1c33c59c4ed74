#include "query/json_writer.h"

namespace bilat::query {

void WriteJson(const ResultTable& table, std::ostream& out) {
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : table.rows) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (size_t i = 0; i < table.columns.size(); ++i)
      if (table.columns[i].in_data) object[table.columns[i].key] = row[i].value;
    rows.push_back(std::move(object));
  }
  out << rows.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace bilat::query
