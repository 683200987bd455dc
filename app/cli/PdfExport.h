// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ys::cli {

// `yardstick export FILE --pdf OUT`: the publication PDF, with the options already read.
struct PdfExportRequest
{
    QString planPath;
    QString out;
    QString agency;    // empty: the whole city's book
    int cycle = 0;     // 0: the latest plan cycle
    QString paper;     // "a4" or "letter"; empty: A4
    QString timestamp; // ISO 8601; empty: now
};

int exportPdf(const PdfExportRequest& request);

} // namespace ys::cli
