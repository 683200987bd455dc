// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ys {

// Row ids of the plan file. 0 means "not stored yet".
using RowId = qint64;

} // namespace ys
