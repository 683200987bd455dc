// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Completeness.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace ys::ui {

// The top of the measure editor, always in view while the fields scroll: the measure's title and
// where it belongs, how complete its definition is ("13 of 16 required elements: missing Data
// location, Formula ...") and, for a read-only file, why nothing can be changed.
class MeasureEditorHeader : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureEditorHeader(QWidget* parent = nullptr);

    void setMeasure(const QString& title, const QString& context);
    void setTitleShown(bool shown);
    // `missing` and `unansweredOptional` name fields as the form does, in the form's order.
    void setCompleteness(const rules::CompletenessReport& report, const QStringList& missing,
                         const QStringList& unansweredOptional);
    // How many SMART findings the measure has and under which fields they are shown.
    void setSmartFindings(int count, const QStringList& fields);
    void setReadOnlyReason(const QString& reason); // empty: writable
    void showEmpty(const QString& message);
    QString completenessText() const;
    QString smartText() const;

private:
    QLabel* m_title = nullptr;
    QLabel* m_context = nullptr;
    QLabel* m_statusIcon = nullptr;
    QLabel* m_completeness = nullptr;
    QLabel* m_smartIcon = nullptr;
    QLabel* m_smart = nullptr;
    QLabel* m_readOnly = nullptr;
    bool m_titleShown = true;
};

} // namespace ys::ui
