// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PlanSnapshot.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ys::io {

// One cell of an export: text, a number, or nothing (a missing value's reason has its own column).
struct ExportCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number
    };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;

    static ExportCell ofText(const QString& text)
    {
        return text.isEmpty() ? ExportCell{} : ExportCell{Kind::Text, text, 0};
    }
    static ExportCell ofNumber(double number) { return ExportCell{Kind::Number, {}, number}; }
};

struct ExportTable
{
    QStringList header;
    std::vector<std::vector<ExportCell>> rows; // each as long as the header
};

// Which measures an export holds: an agency or plan owner (as `list --agency`), a plan cycle.
struct ExportFilter
{
    QString agency; // agency code or plan owner name; empty: all
    int cycle = 0;  // end year of a plan cycle; 0: all
};

// MeasureExportTable: the measures of a plan file as the rows and columns of an export
// (ExportLayout), the same for CSV and XLSX. Only the writers decide how a cell is written.
class MeasureExportTable
{
public:
    static ExportTable build(const storage::PlanSnapshot& snapshot, const ExportFilter& filter = {});
};

} // namespace ys::io
