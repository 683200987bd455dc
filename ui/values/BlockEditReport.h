// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ys::ui {

// What a paste or a delete of several cells did, for the line under the values grid: how many
// cells changed, which texts became reasons for a missing number, and which cells were not used.
struct BlockEditReport
{
    Q_DECLARE_TR_FUNCTIONS(BlockEditReport)

public:
    enum class Kind
    {
        Paste,
        Clear
    };

    Kind kind = Kind::Paste;
    int changed = 0;     // cells whose content changed
    int unchanged = 0;   // cells that already held what was pasted
    QStringList reasons; // texts in number columns kept as the reason there is no number
    int outside = 0;     // cells beyond the last row or column
    int computed = 0;    // cells that fell on the Status column (computed, not typed)
    bool readOnly = false;

    // One or two sentences; empty when there is nothing to say.
    QString summary() const;
    // "1 cell", "6 cells"
    static QString cells(int count);
};

} // namespace ys::ui
