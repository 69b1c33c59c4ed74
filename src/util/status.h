// Status: the outcome of an operation that can fail, as a value. An ok Status
// carries nothing; an error carries a code and a two-part message, where the
// first part says where (a file, "file:line:col", or a byte offset) and the
// second what went wrong. Exceptions thrown by libraries (yaml-cpp) are turned
// into Status at the one adapter that calls them.
#pragma once

#include <string>
#include <string_view>

namespace bilat {

class Status {
 public:
  enum class Code { kOk, kNotFound, kBadData, kIOError, kUsage };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string_view where, std::string_view what) {
    return Status(Code::kNotFound, where, what);
  }
  static Status BadData(std::string_view where, std::string_view what) {
    return Status(Code::kBadData, where, what);
  }
  static Status IOError(std::string_view where, std::string_view what) {
    return Status(Code::kIOError, where, what);
  }
  static Status Usage(std::string_view what) { return Status(Code::kUsage, "", what); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& where() const { return where_; }
  const std::string& what() const { return what_; }
  // "where: what", or just "what" when there is no place.
  std::string ToString() const;

 private:
  Status(Code code, std::string_view where, std::string_view what)
      : code_(code), where_(where), what_(what) {}

  Code code_ = Code::kOk;
  std::string where_;
  std::string what_;
};

}  // namespace bilat
