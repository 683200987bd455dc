// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHistoryView.h"

#include "ReviewTables.h"

#include "storage/AuditLog.h"
#include "storage/PlanFile.h"
#include "storage/ReviewRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ys::ui {

std::vector<AuditEntry> AuditHistoryView::historyOf(const storage::PlanFile& file, Subject subject, RowId id)
{
    storage::AuditLog log(file.connection(), file.userName());
    std::vector<AuditEntry> entries;
    const auto add = [&](const QString& entity, RowId entityId) {
        if (auto found = log.history(entity, entityId))
            entries.insert(entries.end(), found->begin(), found->end());
    };
    if (subject == Subject::Measure) {
        add(QStringLiteral("measure"), id);
        add(QStringLiteral("value"), id);
    } else {
        add(QStringLiteral("plan"), id);
        storage::ReviewRepository reviews(file);
        if (auto decisions = reviews.decisions(id))
            for (const ReviewDecision& d : *decisions)
                add(QStringLiteral("review_decision"), d.id);
        if (auto items = reviews.items(id))
            for (const ReviewItem& i : *items)
                add(QStringLiteral("review_item"), i.id);
    }
    std::sort(entries.begin(), entries.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });
    return entries;
}

AuditHistoryView::AuditHistoryView(const storage::PlanFile& file, Subject subject, RowId id, const QString& title,
                                   QWidget* parent)
    : QDialog(parent), m_entries(historyOf(file, subject, id))
{
    setWindowTitle(tr("History of %1").arg(title));
    auto* heading = new QLabel(tr("%n recorded change(s) of %1, newest first.", nullptr, int(m_entries.size())).arg(title), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    m_table = ReviewTables::make(this, {tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Old value"), tr("New value")},
                                 tr("Recorded changes"));
    const int count = int(m_entries.size());
    ReviewTables::fill(m_table, count, [&](int row) -> QStringList {
        const AuditEntry& e = m_entries[size_t(count - 1 - row)];
        const QString what = e.action == AuditEntry::Action::Insert   ? tr("added %1").arg(e.entity)
                             : e.action == AuditEntry::Action::Delete ? tr("deleted %1").arg(e.entity)
                                                                      : tr("changed %1").arg(e.entity);
        return {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.user, what, e.field, e.oldValue, e.newValue};
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

} // namespace ys::ui
