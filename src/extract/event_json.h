// Events as JSON: one object per event with the field names of
// shared/gold/SCHEMA.md for its type plus doc, evidence, offset, rule, ids,
// cameo, plover and all evidences. Writing and reading are inverse, so
// `bilat build` and `bilat score` can take the JSON Lines `bilat extract` wrote.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event.h"

namespace bilat::extract {

nlohmann::ordered_json EventToJson(const Event& event);
// Returns false and sets *error when a required field is missing or malformed.
bool EventFromJson(const nlohmann::json& json, Event* event, std::string* error);
// One line of JSON Lines, with a trailing newline: EventToJson(event).dump()
// written directly, without building the json value.
std::string EventToJsonLine(const Event& event);
// The same lines appended to *out, for one event or a whole article's.
void AppendEventLine(const Event& event, std::string* out);
void AppendEventLines(const std::vector<Event>& events, std::string* out);
void WriteEventLine(std::ostream& out, const Event& event);
// s as a JSON string appended to *out, quoted and escaped as ojson::dump()
// does: '"', '\\' and the control bytes; other bytes as they are.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace bilat::extract
