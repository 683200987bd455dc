// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Value.h"

#include <vector>

namespace ys::rules {

// Finding a measure's rows among its values. The values passed to the rules are those of one
// measure; where two rows share a fiscal year and period, the first one counts.

// The row of one fiscal year and period, or nullptr.
const Value* findValue(const std::vector<Value>& values, int fiscalYear, Period period);

// The fiscal years that have any row, ascending, each once.
std::vector<int> fiscalYearsOf(const std::vector<Value>& values);

} // namespace ys::rules
