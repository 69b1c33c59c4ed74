#include "util/status.h"

namespace bilat {

std::string Status::ToString() const {
  if (ok()) return "ok";
  if (where_.empty()) return what_;
  return where_ + ": " + what_;
}

}  // namespace bilat
