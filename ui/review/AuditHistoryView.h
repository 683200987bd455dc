// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace ys::storage {
class PlanFile;
}

namespace ys::ui {

// The recorded history of one object of the plan file (a measure with its values, or a plan with its
// scores and decisions): when, who, what, the old and the new value, newest first.
class AuditHistoryView : public QDialog
{
    Q_OBJECT

public:
    enum class Subject { Measure, Plan };

    AuditHistoryView(const storage::PlanFile& file, Subject subject, RowId id, const QString& title,
                     QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    int entryCount() const { return int(m_entries.size()); }

    // The history of a measure (its definition and its values) or of a plan (its header, state,
    // scores, decisions, review items), oldest first.
    static std::vector<AuditEntry> historyOf(const storage::PlanFile& file, Subject subject, RowId id);

private:
    std::vector<AuditEntry> m_entries;
    QTableWidget* m_table = nullptr;
};

} // namespace ys::ui
