// Fuzz target: dates and numbers on normalized text. Every span must lie in
// the text, dates must be possible calendar dates, amounts finite and no
// larger than kMaxPlausibleAmount.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/dates.h"
#include "text/decode.h"
#include "text/normalize.h"
#include "text/numbers.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckDate(const bilat::Date& d) {
  if (d.empty()) return;
  Check(d.month >= 0 && d.month <= 12);
  if (d.month == 0) Check(d.day == 0);
  if (d.day != 0) Check(d.day >= 1 && d.day <= bilat::DaysInMonth(d.year, d.month));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!bilat::text::IsValidUtf8(input)) return 0;
  const std::string text = bilat::text::NormalizeKey(input);

  // Against a full, a partial and no reference date.
  const bilat::text::DateContext contexts[] = {
      {bilat::Date{2020, 1, 31}, false}, {bilat::Date{2026, 0, 0}, true}, {bilat::Date{}, false}};
  for (const auto& context : contexts) {
    size_t previous_end = 0;
    auto dates = bilat::text::FindDates(text, context);
    for (const bilat::text::DateSpan& d : dates) {
      Check(d.begin < d.end && d.end <= text.size() && d.begin >= previous_end);
      previous_end = d.end;
      CheckDate(d.start);
      CheckDate(d.end_date);
      (void)d.ToIso();
    }
    if (&context == &contexts[0]) {
      size_t amount_end = 0;
      for (const bilat::text::Amount& a : bilat::text::FindAmounts(text, dates)) {
        Check(a.begin < a.end && a.end <= text.size() && a.begin >= amount_end);
        amount_end = a.end;
        Check(std::isfinite(a.value) && std::isfinite(a.high));
        Check(std::fabs(a.value) <= bilat::text::kMaxPlausibleAmount);
      }
    }
  }
  if (auto duration = bilat::text::FindDuration(text)) {
    Check(duration->begin < duration->end && duration->end <= text.size());
    (void)bilat::text::AddDays(bilat::Date{2020, 2, 28}, duration->days);
  }
  if (auto number = bilat::text::ParseNumber(text)) Check(std::isfinite(*number));
  for (size_t pos = 0; pos < text.size() && pos < 64; ++pos) {
    if (auto numeral = bilat::text::ReadNumeral(text, pos)) {
      Check(numeral->end > pos && numeral->end <= text.size());
    }
  }
  return 0;
}
